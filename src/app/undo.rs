//! Undo and redo over whole-journal snapshots.

use crate::model::Journal;

/// How many steps back the user can go.
const MAX_STEPS: usize = 100;

/// Journal snapshots before each change, and after each undone one.
#[derive(Default)]
pub struct UndoHistory {
    undo: Vec<Journal>,
    redo: Vec<Journal>,
    /// Key of the last recorded change when it may merge with the next one
    /// (typing in one field counts as one step).
    open_group: Option<String>,
}

impl UndoHistory {
    /// Records `before`, the journal as it was before a change. A change with
    /// the same `group` as the previous one joins its step instead.
    pub fn record(&mut self, before: &Journal, group: Option<&str>) {
        let joins = group.is_some() && group == self.open_group.as_deref();
        self.open_group = group.map(str::to_owned);
        self.redo.clear();
        if joins {
            return;
        }
        self.undo.push(before.clone());
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
    }

    /// Ends the current typing group so the next change is a new step.
    pub fn close_group(&mut self) {
        self.open_group = None;
    }

    /// Returns the journal to restore, given the current one.
    pub fn undo(&mut self, current: &Journal) -> Option<Journal> {
        let previous = self.undo.pop()?;
        self.redo.push(current.clone());
        self.open_group = None;
        Some(previous)
    }

    pub fn redo(&mut self, current: &Journal) -> Option<Journal> {
        let next = self.redo.pop()?;
        self.undo.push(current.clone());
        self.open_group = None;
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Forgets every step (a different journal was opened).
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}

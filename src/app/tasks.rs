//! Work that runs off the UI thread (chart exports, imports) and reports back
//! once, as a message for the user.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// Message a finished task shows the user: a confirmation or an error.
pub type TaskOutcome = Result<String, String>;

/// Background tasks in flight.
#[derive(Default)]
pub struct Tasks {
    running: Vec<(String, Receiver<TaskOutcome>)>,
}

impl Tasks {
    /// Runs `work` on a named worker thread and asks for a repaint when it ends.
    pub fn spawn(
        &mut self,
        name: &str,
        ctx: &egui::Context,
        work: impl FnOnce() -> TaskOutcome + Send + 'static,
    ) {
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let _ = sender.send(work());
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.running.push((name.to_owned(), receiver)),
            Err(error) => log::error!("cannot start the {name} thread: {error}"),
        }
    }

    pub fn is_busy(&self) -> bool {
        !self.running.is_empty()
    }

    /// Outcomes of the tasks that finished since the last call.
    pub fn poll(&mut self) -> Vec<TaskOutcome> {
        let mut finished = Vec::new();
        self.running
            .retain(|(name, receiver)| match receiver.try_recv() {
                Ok(outcome) => {
                    finished.push(outcome);
                    false
                }
                Err(TryRecvError::Empty) => true,
                Err(TryRecvError::Disconnected) => {
                    finished.push(Err(format!("the {name} task stopped without a result")));
                    false
                }
            });
        finished
    }

    /// Blocks until every task has finished (tests and quitting).
    pub fn wait(&mut self) -> Vec<TaskOutcome> {
        let running = std::mem::take(&mut self.running);
        running
            .into_iter()
            .map(|(name, receiver)| {
                receiver
                    .recv()
                    .unwrap_or_else(|_| Err(format!("the {name} task stopped without a result")))
            })
            .collect()
    }
}

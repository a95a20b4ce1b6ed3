//! Finds where a field path such as `sessions[2].exercises[0].sets[1].rpe`
//! sits in RON text, so that a value that parsed but breaks a rule can be
//! reported with a line and column like a syntax error.
//!
//! Parsed values carry no position, so the text is read a second time into
//! a light outline (structs, lists, named values and plain words) that
//! keeps where each part starts. That pass runs only for rejected files.

/// Line and column of a place in the text, both counted from 1, the column
/// in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Finds the place in `text` that `field` names: the field's name for a
/// struct field, the element for a list index, the variant's name for an
/// enum variant. `None` when the text does not have that shape, as in an
/// older file layout.
pub fn locate_field(text: &str, field: &str) -> Option<Position> {
    let segments = split_field(field)?;
    let mut reader = Reader::new(text);
    reader.skip_attributes();
    let root = reader.node(0)?;
    let mut node = &root;
    let mut position = root.start;
    for segment in &segments {
        let (found, next) = descend(node, segment)?;
        position = found;
        node = next;
    }
    Some(position)
}

/// One step of a field path.
#[derive(Debug, PartialEq)]
enum Segment {
    Name(String),
    Index(usize),
}

/// Splits `sessions[2].note` into its steps; `None` for a malformed path.
fn split_field(field: &str) -> Option<Vec<Segment>> {
    let mut segments = Vec::new();
    for part in field.split('.') {
        let (name, mut rest) = part
            .split_once('[')
            .map_or((part, ""), |(name, rest)| (name, rest));
        if !name.is_empty() {
            segments.push(Segment::Name(name.to_owned()));
        }
        while !rest.is_empty() {
            let (index, after) = rest.split_once(']')?;
            segments.push(Segment::Index(index.parse().ok()?));
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    Some(segments)
}

/// A part of the text and where it starts.
#[derive(Debug)]
struct Node {
    start: Position,
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    /// `(name: value, …)`, with the position of each field's name.
    Struct(Vec<(String, Position, Node)>),
    /// `[a, b]` or a tuple `(a, b)`.
    List(Vec<Node>),
    /// A name followed by a bracket: an enum variant, `Some(…)` or a struct
    /// written with its type name.
    Named(String, Box<Node>),
    /// Anything else: a number, a string, a map, a unit variant.
    Word(String),
}

/// Returns the position and node that `segment` leads to from `node`,
/// looking through `Some(…)`, one-element tuples and type names.
fn descend<'a>(mut node: &'a Node, segment: &Segment) -> Option<(Position, &'a Node)> {
    loop {
        match (&node.kind, segment) {
            (Kind::Struct(fields), Segment::Name(name)) => {
                let (_, at, value) = fields.iter().find(|(key, _, _)| key == name)?;
                return Some((*at, value));
            }
            (Kind::List(items), Segment::Index(index)) => {
                let item = items.get(*index)?;
                return Some((item.start, item));
            }
            (Kind::Named(variant, body), Segment::Name(name)) if variant == name => {
                return Some((node.start, body));
            }
            (Kind::Named(_, body), _) => node = body,
            (Kind::List(items), Segment::Name(_)) if items.len() == 1 => node = &items[0],
            (Kind::Word(word), Segment::Name(name)) if word == name => {
                return Some((node.start, node));
            }
            _ => return None,
        }
    }
}

/// Deepest nesting the outline follows. The RON parser rejects deeper
/// files before validation runs, so this only guards against a change there.
const MAX_DEPTH: usize = 512;

/// Reads the outline, tracking lines and columns.
struct Reader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    position: Position,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Self {
            chars: text.chars().peekable(),
            position: Position { line: 1, column: 1 },
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.position.line += 1;
            self.position.column = 1;
        } else {
            self.position.column += 1;
        }
        Some(c)
    }

    /// Skips whitespace and comments, nested block comments included.
    fn skip_blank(&mut self) {
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.bump();
                continue;
            }
            if c != '/' {
                return;
            }
            let mut ahead = self.chars.clone();
            ahead.next();
            match ahead.next() {
                Some('/') => while self.bump().is_some_and(|c| c != '\n') {},
                Some('*') => {
                    self.bump();
                    self.bump();
                    let mut depth = 1;
                    while depth > 0 {
                        match self.bump() {
                            Some('*') if self.peek() == Some('/') => {
                                self.bump();
                                depth -= 1;
                            }
                            Some('/') if self.peek() == Some('*') => {
                                self.bump();
                                depth += 1;
                            }
                            Some(_) => {}
                            None => return,
                        }
                    }
                }
                _ => return,
            }
        }
    }

    /// Skips `#![enable(…)]` lines at the start of the file.
    fn skip_attributes(&mut self) {
        loop {
            self.skip_blank();
            if self.peek() != Some('#') {
                return;
            }
            let mut depth = 0_usize;
            while let Some(c) = self.bump() {
                match c {
                    '[' => depth += 1,
                    ']' if depth <= 1 => break,
                    ']' => depth -= 1,
                    _ => {}
                }
            }
        }
    }

    /// Reads one value at nesting `depth`.
    fn node(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_blank();
        let start = self.position;
        let kind = match self.peek()? {
            '(' => self.parenthesized(depth)?,
            '[' => {
                self.bump();
                Kind::List(self.items(']', depth)?)
            }
            '{' => {
                self.bump();
                self.items('}', depth)?;
                Kind::Word(String::new())
            }
            '"' | '\'' => {
                self.quoted();
                Kind::Word(String::new())
            }
            _ => {
                let word = self.word();
                if word.is_empty() {
                    return None;
                }
                // Raw and byte strings: the prefix reads as a word that stops
                // at the quote.
                if matches!(self.peek(), Some('"' | '\'')) {
                    if let Some(hashes) = raw_hashes(&word) {
                        self.raw_string(hashes);
                    } else if word == "b" {
                        self.quoted();
                    }
                    return Some(Node {
                        start,
                        kind: Kind::Word(String::new()),
                    });
                }
                self.skip_blank();
                if self.peek() == Some('(') {
                    let body = Node {
                        start: self.position,
                        kind: self.parenthesized(depth)?,
                    };
                    Kind::Named(word, Box::new(body))
                } else {
                    Kind::Word(word)
                }
            }
        };
        Some(Node { start, kind })
    }

    /// Reads `( … )` as a struct when it starts with `name:`, as a tuple
    /// otherwise.
    fn parenthesized(&mut self, depth: usize) -> Option<Kind> {
        self.bump();
        self.skip_blank();
        if self.peek() == Some(')') {
            self.bump();
            return Some(Kind::List(Vec::new()));
        }
        let mut ahead = Reader {
            chars: self.chars.clone(),
            position: self.position,
        };
        let first = ahead.word();
        ahead.skip_blank();
        let is_struct = !first.is_empty() && ahead.peek() == Some(':');
        if !is_struct {
            return Some(Kind::List(self.items(')', depth)?));
        }
        let mut fields = Vec::new();
        loop {
            self.skip_blank();
            if self.peek() == Some(')') {
                self.bump();
                return Some(Kind::Struct(fields));
            }
            let at = self.position;
            let name = self.word();
            self.skip_blank();
            if name.is_empty() || self.bump() != Some(':') {
                return None;
            }
            let value = self.node(depth + 1)?;
            fields.push((name, at, value));
            self.skip_blank();
            match self.bump()? {
                ',' => {}
                ')' => return Some(Kind::Struct(fields)),
                _ => return None,
            }
        }
    }

    /// Reads comma-separated values up to `close`; map entries
    /// (`key: value`) count as one value each.
    fn items(&mut self, close: char, depth: usize) -> Option<Vec<Node>> {
        let mut items = Vec::new();
        loop {
            self.skip_blank();
            if self.peek() == Some(close) {
                self.bump();
                return Some(items);
            }
            let item = self.node(depth + 1)?;
            self.skip_blank();
            if self.peek() == Some(':') {
                self.bump();
                self.node(depth + 1)?;
                self.skip_blank();
            }
            items.push(item);
            match self.bump()? {
                ',' => {}
                c if c == close => return Some(items),
                _ => return None,
            }
        }
    }

    /// Reads a name, a number or another bare word.
    fn word(&mut self) -> String {
        let mut word = String::new();
        while let Some(c) = self.peek() {
            if c.is_whitespace() || "()[]{},:\"'/".contains(c) {
                break;
            }
            word.push(c);
            self.bump();
        }
        word
    }

    /// Skips a quoted string or character, escapes included.
    fn quoted(&mut self) {
        let Some(quote) = self.bump() else {
            return;
        };
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    self.bump();
                }
                c if c == quote => return,
                _ => {}
            }
        }
    }

    /// Skips the quoted part of a raw string whose prefix had `hashes` `#`.
    fn raw_string(&mut self, hashes: usize) {
        if self.bump() != Some('"') {
            return;
        }
        while let Some(c) = self.bump() {
            if c != '"' {
                continue;
            }
            let mut closing = 0;
            while closing < hashes && self.peek() == Some('#') {
                self.bump();
                closing += 1;
            }
            if closing == hashes {
                return;
            }
        }
    }
}

/// Returns the number of `#` in a raw string prefix (`r`, `r#`, `br##`), or
/// `None` when `word` is not one.
fn raw_hashes(word: &str) -> Option<usize> {
    let rest = word.strip_prefix('b').unwrap_or(word);
    let hashes = rest.strip_prefix('r')?;
    hashes.chars().all(|c| c == '#').then_some(hashes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Option<Position> {
        Some(Position { line, column })
    }

    const JOURNAL: &str = r#"(
  version: 1,
  settings: (drop_band: (10.0, 15.0)),
  // A comment with brackets ( [ and a "quote".
  sessions: [
    (
      id: 1,
      note: "text with ) and ]",
      exercises: [
        (exercise: "Squat", sets: [
          (kind: Top, load: Some((value: 140.0, unit: Kg)), reps: 3),
          (kind: Backoff, load: Some((value: 2500.0, unit: Kg)), reps: 5),
        ]),
      ],
    ),
  ],
  programs: [(name: "P", weeks: [(days: [(slots: [(prescription: TopSetBackoff((top_sets: 9, rule: PercentDrop(-12.0))))])])])],
)"#;

    #[test]
    fn field_in_nested_lists() {
        assert_eq!(
            locate_field(JOURNAL, "sessions[0].exercises[0].sets[1].load.value"),
            at(12, 39)
        );
        assert_eq!(
            locate_field(JOURNAL, "sessions[0].exercises[0].sets[1].reps"),
            at(12, 66)
        );
    }

    #[test]
    fn tuple_element_and_struct_field() {
        assert_eq!(locate_field(JOURNAL, "settings.drop_band[1]"), at(3, 32));
        assert_eq!(locate_field(JOURNAL, "sessions[0].note"), at(8, 7));
        assert_eq!(locate_field(JOURNAL, "sessions[0]"), at(6, 5));
    }

    #[test]
    fn enum_variants_in_path() {
        let prescription = "programs[0].weeks[0].days[0].slots[0].prescription.TopSetBackoff";
        assert_eq!(
            locate_field(JOURNAL, &format!("{prescription}.top_sets")),
            at(17, 81)
        );
        assert_eq!(
            locate_field(JOURNAL, &format!("{prescription}.rule.PercentDrop")),
            at(17, 100)
        );
    }

    #[test]
    fn raw_strings_skipped() {
        let text = "(a: r#\"x \"(\" y\"#, b: b\"z)\", c: r\"w]\", d: 4)";
        assert_eq!(locate_field(text, "d"), at(1, 39));
    }

    #[test]
    fn missing_field_not_located() {
        assert_eq!(locate_field(JOURNAL, "sessions[3].note"), None);
        assert_eq!(locate_field(JOURNAL, "sessions[0].start"), None);
        assert_eq!(locate_field("(", "sessions"), None);
        assert_eq!(locate_field("", "sessions"), None);
    }

    #[test]
    fn field_paths_split() {
        assert_eq!(
            split_field("a[2][3].b"),
            Some(vec![
                Segment::Name("a".to_owned()),
                Segment::Index(2),
                Segment::Index(3),
                Segment::Name("b".to_owned()),
            ])
        );
        assert_eq!(split_field("a[x]"), None);
    }
}

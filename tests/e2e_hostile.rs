//! The reader against a hostile article and a hostile terminal, end to end
//! in a real pty: escape sequences in the text must never act on the
//! terminal, signals must leave it usable, any size must draw.
//!
//! The emulator here records what the program asked the terminal to do
//! beyond drawing (window titles, clipboard writes, bells), which the
//! shared driver in `common/pty.rs` does not, and every byte written.

#![cfg(unix)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_crossread");
const TIMEOUT: Duration = Duration::from_secs(10);

/// An article made of the sequences a terminal would obey: set the window
/// title, clear the screen, write the clipboard (OSC 52, "hello" in
/// base64), turn text red, ring the bell, move back a character; and a C1
/// CSI and a bidi override for good measure.
const HOSTILE: &str = "Hostile Article\n\nTitle: \x1b]0;pwned\x07 end.\nClear: \x1b[2J end.\nClip: \x1b]52;c;aGVsbG8=\x07 end.\nRed: \x1b[31mred\x1b[0m end.\nBell: \x07\x07 end.\nBack: abc\x08\x08X end.\nCSI: \u{9b}2J end. Bidi: \u{202e}txet end.\n";

/// What the program asked of the terminal besides drawing cells.
#[derive(Debug, Default, Clone)]
struct Requests {
    titles: Vec<Vec<u8>>,
    icon_names: Vec<Vec<u8>>,
    clipboard: Vec<Vec<u8>>,
    clipboard_reads: usize,
    bells: usize,
    other_osc: Vec<Vec<Vec<u8>>>,
}

#[derive(Default)]
struct Recorder(Requests);

impl vt100::Callbacks for Recorder {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.0.bells += 1;
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.0.icon_names.push(name.to_vec());
    }
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.0.titles.push(title.to_vec());
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _ty: &[u8], data: &[u8]) {
        self.0.clipboard.push(data.to_vec());
    }
    fn paste_from_clipboard(&mut self, _: &mut vt100::Screen, _ty: &[u8]) {
        self.0.clipboard_reads += 1;
    }
    fn unhandled_osc(&mut self, _: &mut vt100::Screen, params: &[&[u8]]) {
        self.0
            .other_osc
            .push(params.iter().map(|p| p.to_vec()).collect());
    }
}

struct Term {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser<Recorder>>>,
    raw: Arc<Mutex<Vec<u8>>>,
    reader: Option<JoinHandle<()>>,
    exited: bool,
}

impl Term {
    fn spawn(args: &[&str], term: &str, cols: u16, rows: u16) -> Term {
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(BIN);
        cmd.args(args);
        cmd.env("TERM", term);
        let child = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new_with_callbacks(
            rows,
            cols,
            0,
            Recorder::default(),
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut out = pair.master.try_clone_reader().expect("pty reader");
        let (sink, log) = (Arc::clone(&parser), Arc::clone(&raw));
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match out.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        log.lock().unwrap().extend_from_slice(&buf[..n]);
                        sink.lock().unwrap().process(&buf[..n]);
                    }
                }
            }
        });
        let writer = pair.master.take_writer().expect("pty writer");
        Term {
            child,
            master: pair.master,
            writer,
            parser,
            raw,
            reader: Some(reader),
            exited: false,
        }
    }

    fn send(&mut self, s: &str) {
        self.writer.write_all(s.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn with_screen<T>(&self, f: impl FnOnce(&vt100::Screen) -> T) -> T {
        f(self.parser.lock().unwrap().screen())
    }

    fn requests(&self) -> Requests {
        self.parser.lock().unwrap().callbacks().0.clone()
    }

    fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let s = self.screen();
            if pred(&s) {
                return s;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    fn resize(&mut self, cols: u16, rows: u16) {
        self.parser
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(rows, cols);
        self.master.resize(size(cols, rows)).unwrap();
    }

    fn pid(&self) -> libc::pid_t {
        self.child.process_id().expect("child pid") as libc::pid_t
    }

    /// Sends `sig` to the program, as `kill` or a closing terminal would.
    fn signal(&self, sig: libc::c_int) {
        // SAFETY: kill(2) with the pid of our own child, not yet reaped.
        let rc = unsafe { libc::kill(self.pid(), sig) };
        assert_eq!(rc, 0, "kill: {}", std::io::Error::last_os_error());
    }

    /// The pty's line discipline: (canonical input, echo). Raw mode turns
    /// both off; a shell needs both on.
    fn cooked(&self) -> (bool, bool) {
        let fd = self.master.as_raw_fd().expect("master fd");
        // SAFETY: tcgetattr fills a termios we own from an open fd; on
        // Linux a pty's master reports the settings of its slave.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        let rc = unsafe { libc::tcgetattr(fd, &mut t) };
        assert_eq!(rc, 0, "tcgetattr: {}", std::io::Error::last_os_error());
        (t.c_lflag & libc::ICANON != 0, t.c_lflag & libc::ECHO != 0)
    }

    fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(st) = self.child.try_wait().unwrap() {
                self.exited = true;
                let drained = Instant::now() + Duration::from_secs(2);
                while self.reader.as_ref().is_some_and(|r| !r.is_finished())
                    && Instant::now() < drained
                {
                    std::thread::sleep(Duration::from_millis(10));
                }
                return Some(st);
            }
            if Instant::now() >= deadline {
                let _ = self.child.kill();
                let _ = self.child.wait();
                self.exited = true;
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        if !self.exited {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

fn open_hostile(tmp: &TempDir, cols: u16, rows: u16) -> Term {
    let p = tmp.path().join("hostile.txt");
    std::fs::write(&p, HOSTILE).unwrap();
    let t = Term::spawn(&[p.to_str().unwrap()], "xterm-256color", cols, rows);
    // The last line of the article and the status bar: a whole frame.
    t.wait_for("the article and the status bar", |s| {
        s.contains("Bidi:") && s.contains("q quit")
    });
    t
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn escape_sequences_in_an_article_are_shown_and_never_obeyed() {
    let tmp = TempDir::new().unwrap();
    let t = open_hostile(&tmp, 120, 30);
    let screen = t.screen();
    // Shown visibly, the way less shows them.
    for shown in [
        "Title: ^[]0;pwned^G end.",
        "Clear: ^[[2J end.",
        "Clip: ^[]52;c;aGVsbG8=^G end.",
        "Red: ^[[31mred^[[0m end.",
        "Bell: ^G^G end.",
        "Back: abc^H^HX end.",
        "CSI: <U+009B>2J end.",
        "Bidi: <U+202E>txet end.",
    ] {
        assert!(screen.contains(shown), "{shown:?} not shown:\n{screen}");
    }
    // Not obeyed: no title, no clipboard, no bell, no other OSC.
    let req = t.requests();
    assert!(req.titles.is_empty(), "window title set: {:?}", req.titles);
    assert!(
        req.icon_names.is_empty(),
        "icon name set: {:?}",
        req.icon_names
    );
    assert!(
        req.clipboard.is_empty(),
        "clipboard written: {:?}",
        req.clipboard
    );
    assert_eq!(req.clipboard_reads, 0);
    assert_eq!(req.bells, 0, "the bell rang");
    assert!(req.other_osc.is_empty(), "{:?}", req.other_osc);
    // The clear did not wipe what the app drew before it in the frame.
    assert!(screen.contains("Sources (1)"), "{screen}");
    assert!(screen.contains("Hostile Article"), "{screen}");
    // The text stayed in the default colour: the red was not applied.
    let red = t.with_screen(|sc| {
        let (rows, cols) = sc.size();
        (0..rows).any(|r| {
            (0..cols).any(|c| {
                sc.cell(r, c).is_some_and(|cell| {
                    cell.contents() == "r" && cell.fgcolor() == vt100::Color::Idx(1)
                })
            })
        })
    });
    assert!(!red, "text turned red:\n{screen}");
    // And at the byte level: no OSC, BEL, backspace or C1 was ever written.
    let raw = t.raw();
    assert!(!contains(&raw, b"\x1b]"), "an OSC reached the terminal");
    assert!(!raw.contains(&0x07), "a BEL reached the terminal");
    assert!(!raw.contains(&0x08), "a backspace reached the terminal");
    assert!(
        !contains(&raw, "\u{9b}".as_bytes()),
        "a C1 CSI reached the terminal"
    );
    assert!(
        !contains(&raw, "\u{202e}".as_bytes()),
        "a bidi override reached it"
    );
}

/// Sends `sig` to the reader showing the hostile article and checks the
/// terminal is left as a shell needs it.
fn signal_restores_the_terminal(sig: libc::c_int) {
    let tmp = TempDir::new().unwrap();
    let mut t = open_hostile(&tmp, 100, 30);
    assert!(t.with_screen(|sc| sc.alternate_screen()));
    assert!(
        t.with_screen(|sc| sc.hide_cursor()),
        "the reader hides the cursor"
    );
    assert_eq!(t.cooked(), (false, false), "the reader runs in raw mode");
    t.signal(sig);
    let status = t
        .wait_exit(TIMEOUT)
        .unwrap_or_else(|| panic!("still running {TIMEOUT:?} after signal {sig}"));
    assert_eq!(
        status.exit_code(),
        128 + sig as u32,
        "exit status after signal {sig}: {status:?}"
    );
    t.with_screen(|sc| {
        assert!(!sc.alternate_screen(), "left on the alternate screen");
        assert!(!sc.hide_cursor(), "cursor left hidden");
        assert!(!sc.application_cursor(), "application cursor keys left on");
        assert!(!sc.bracketed_paste(), "bracketed paste left on");
        assert_eq!(
            sc.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse reporting left on"
        );
    });
    assert_eq!(t.cooked(), (true, true), "raw mode left on");
    assert!(t.requests().titles.is_empty());
}

#[test]
fn sigterm_restores_the_terminal_and_exits() {
    signal_restores_the_terminal(libc::SIGTERM);
}

#[test]
fn sighup_restores_the_terminal_and_exits() {
    signal_restores_the_terminal(libc::SIGHUP);
}

#[test]
fn a_storm_of_resizes_down_to_1x1_and_up_to_400x120_never_breaks_the_reader() {
    let tmp = TempDir::new().unwrap();
    let mut t = open_hostile(&tmp, 80, 24);
    // A fixed pseudo-random walk over sizes, with the extremes included.
    let mut x: u32 = 0x2545_f491;
    let mut sizes = vec![(1, 1), (400, 120), (1, 120), (400, 1), (2, 2), (19, 5)];
    for _ in 0..60 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        sizes.push((1 + (x % 400) as u16, 1 + ((x >> 9) % 120) as u16));
    }
    for (cols, rows) in sizes {
        t.resize(cols, rows);
        std::thread::sleep(Duration::from_millis(5));
    }
    t.resize(12, 4);
    t.wait_for("the too-small note", |s| {
        s.contains("Terminal too") && s.contains("small")
    });
    t.resize(100, 30);
    let screen = t.wait_for("a full frame at 100x30", |s| {
        let rows: Vec<&str> = s.lines().collect();
        rows.len() == 30 && rows[29].contains("q quit") && s.contains("Bidi:")
    });
    assert!(screen.contains("Sources (1)"), "{screen}");
    // Still alive and responsive: it quits cleanly.
    t.send("q");
    let status = t.wait_exit(TIMEOUT).expect("exits after q");
    assert!(status.success(), "{status:?}");
    assert!(!t.with_screen(|sc| sc.alternate_screen()));
}

#[test]
fn term_dumb_is_refused_with_exit_2_and_a_pointer_to_facts() {
    let mut t = Term::spawn(&[], "dumb", 100, 10);
    let status = t.wait_exit(TIMEOUT).expect("exits at once");
    assert_eq!(status.exit_code(), 2, "{status:?}");
    let screen = t.screen();
    assert!(
        screen.contains("TERM=dumb") && screen.contains("crossread facts"),
        "{screen}"
    );
    // It never took over the terminal.
    let raw = t.raw();
    assert!(
        !contains(&raw, b"\x1b[?1049h"),
        "entered the alternate screen"
    );
    assert_eq!(t.cooked(), (true, true));
}

//! Drives a program in a real pseudo-terminal and reads its screen through
//! a terminal emulator (vt100), for end-to-end tests.
//!
//! Use from a test file with `#[path = "common/pty.rs"] mod pty;`.
//! Every wait has a deadline and the child is killed when the session is
//! dropped, so a stuck program fails the test instead of hanging it.

#![allow(dead_code)] // each test file uses a different part of it

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

/// How long waits last unless told otherwise.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// Keys as a terminal sends them.
pub mod keys {
    pub const ENTER: &str = "\r";
    pub const ESC: &str = "\x1b";
    pub const TAB: &str = "\t";
    pub const BACKSPACE: &str = "\x7f";
    pub const CTRL_C: &str = "\x03";
    pub const CTRL_D: &str = "\x04";
    pub const DOWN: &str = "\x1b[B";
    pub const UP: &str = "\x1b[A";
}

pub struct PtySession {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser>>,
    reader: Option<JoinHandle<()>>,
    status: Option<ExitStatus>,
}

impl PtySession {
    /// Starts `program` with `args` in a `cols`×`rows` terminal.
    pub fn spawn(program: &str, args: &[&str], cols: u16, rows: u16) -> Self {
        Self::spawn_env(program, args, &[], cols, rows)
    }

    /// Like [`PtySession::spawn`], with environment variables set.
    pub fn spawn_env(
        program: &str,
        args: &[&str],
        env: &[(&str, &str)],
        cols: u16,
        rows: u16,
    ) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(program);
        for a in args {
            cmd.arg(a);
        }
        cmd.env("TERM", "xterm-256color");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn in the pty");
        // Only the child keeps the slave open, so reads end when it exits.
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let mut out = pair.master.try_clone_reader().expect("pty reader");
        let sink = Arc::clone(&parser);
        // A pty's buffer is small: a program blocks writing to it unless
        // someone reads, so read all the time, not only when checking.
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match out.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => sink.lock().unwrap().process(&buf[..n]),
                }
            }
        });
        let writer = pair.master.take_writer().expect("pty writer");
        PtySession {
            child,
            master: pair.master,
            writer,
            parser,
            reader: Some(reader),
            status: None,
        }
    }

    /// Types `s` (see [`keys`] for special keys).
    pub fn send(&mut self, s: &str) {
        self.writer.write_all(s.as_bytes()).expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// The screen's text, rows joined by newlines.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Runs `f` on the emulated screen (for colours, the cursor, ...).
    pub fn with_screen<T>(&self, f: impl FnOnce(&vt100::Screen) -> T) -> T {
        f(self.parser.lock().unwrap().screen())
    }

    /// Waits until `pred` holds for the screen's text; on timeout returns
    /// the last screen as the error, for the test's message.
    pub fn wait_for(
        &self,
        pred: impl Fn(&str) -> bool,
        timeout: Duration,
    ) -> Result<String, String> {
        // The text the predicate last saw, not a later read of the screen.
        let seen = std::cell::RefCell::new(String::new());
        let held = self.wait_for_screen(
            |screen| {
                let text = screen.contents();
                let ok = pred(&text);
                *seen.borrow_mut() = text;
                ok
            },
            timeout,
        );
        let text = seen.into_inner();
        if held { Ok(text) } else { Err(text) }
    }

    /// Waits until `pred` holds for the emulated screen (its styles too);
    /// whether it did before `timeout`.
    pub fn wait_for_screen(
        &self,
        pred: impl Fn(&vt100::Screen) -> bool,
        timeout: Duration,
    ) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            if self.with_screen(&pred) {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// Waits until `needle` is on screen, panicking with the screen if not.
    pub fn expect_text(&self, needle: &str) -> String {
        self.wait_for(|s| s.contains(needle), TIMEOUT)
            .unwrap_or_else(|screen| {
                panic!("timed out waiting for {needle:?}; screen was:\n{screen}")
            })
    }

    /// Resizes the terminal, as a user dragging the window would.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.parser
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(rows, cols);
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
    }

    /// Waits for the program to exit; `None` (after killing it) if it does
    /// not within `timeout`.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(st) = self.child.try_wait().expect("poll the child") {
                self.status = Some(st.clone());
                // The reader sees EOF once the child is gone; let it finish
                // so the screen holds everything the program wrote (bounded,
                // in case something else still holds the pty open).
                let drained = Instant::now() + Duration::from_secs(2);
                while self.reader.as_ref().is_some_and(|r| !r.is_finished())
                    && Instant::now() < drained
                {
                    std::thread::sleep(Duration::from_millis(10));
                }
                return Some(st);
            }
            if Instant::now() >= deadline {
                self.kill();
                return None;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for PtySession {
    fn drop(&mut self) {
        if self.status.is_none() && !matches!(self.child.try_wait(), Ok(Some(_))) {
            self.kill();
        }
    }
}

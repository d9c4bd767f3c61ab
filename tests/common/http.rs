//! A tiny HTTP/1.1 server on 127.0.0.1 for tests that fetch pages: no
//! outside network. Each route answers with a fixed status, headers and
//! body, optionally after a delay.
//!
//! Use from a test file with `#[path = "common/http.rs"] mod http;`.

#![allow(dead_code)] // each test file uses a different part of it

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

#[derive(Clone)]
pub struct Route {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub delay: Duration,
    /// Send no Content-Length and close the connection to end the body.
    pub no_length: bool,
}

impl Route {
    pub fn html(body: &str) -> Self {
        Route {
            status: 200,
            headers: vec![("Content-Type".into(), "text/html; charset=utf-8".into())],
            body: body.as_bytes().to_vec(),
            delay: Duration::ZERO,
            no_length: false,
        }
    }

    pub fn status(status: u16) -> Self {
        Route {
            status,
            headers: vec![("Content-Type".into(), "text/html".into())],
            body: format!("<html><body>error {status}</body></html>").into_bytes(),
            delay: Duration::ZERO,
            no_length: false,
        }
    }

    pub fn redirect(to: &str) -> Self {
        let mut r = Route::status(301);
        r.headers.push(("Location".into(), to.into()));
        r
    }

    pub fn typed(content_type: &str, body: &[u8]) -> Self {
        Route {
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.to_vec(),
            ..Route::status(200)
        }
    }

    pub fn after(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    pub fn without_length(mut self) -> Self {
        self.no_length = true;
        self
    }
}

pub struct Server {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    hits: Arc<AtomicUsize>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    pub fn start(routes: HashMap<String, Route>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let hits = Arc::new(AtomicUsize::new(0));
        let routes = Arc::new(routes);
        let (stop2, hits2) = (Arc::clone(&stop), Arc::clone(&hits));
        let thread = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                hits2.fetch_add(1, Ordering::SeqCst);
                let routes = Arc::clone(&routes);
                std::thread::spawn(move || serve(conn, &routes));
            }
        });
        Server {
            addr,
            stop,
            hits,
            thread: Some(thread),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Connections accepted so far.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }

    /// Stops listening: connections to the port are refused from now on.
    pub fn stop(mut self) {
        self.shut();
    }

    fn shut(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shut();
    }
}

fn serve(conn: TcpStream, routes: &HashMap<String, Route>) {
    let mut reader = BufReader::new(conn.try_clone().unwrap());
    let mut first = String::new();
    if reader.read_line(&mut first).is_err() {
        return;
    }
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) if line == "\r\n" || line == "\n" => break,
            Ok(_) => {}
        }
    }
    let path = first.split_whitespace().nth(1).unwrap_or("/").to_string();
    let route = routes
        .get(&path)
        .cloned()
        .unwrap_or_else(|| Route::status(404));
    std::thread::sleep(route.delay);
    let mut out = conn;
    let mut head = format!("HTTP/1.1 {} X\r\n", route.status);
    for (k, v) in &route.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if !route.no_length {
        head.push_str(&format!("Content-Length: {}\r\n", route.body.len()));
    }
    head.push_str("Connection: close\r\n\r\n");
    let _ = out.write_all(head.as_bytes());
    let _ = out.write_all(&route.body);
    let _ = out.flush();
}

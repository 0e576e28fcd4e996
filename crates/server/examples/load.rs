//! Load test of running `server serve` instances on loopback: requests per second, p50/p99 latency and
//! errors for `index.html` by GET and by the portal's POST, and for the wasm, at 1, 8 and 64
//! concurrent keep-alive clients. Prints a Markdown table; `scripts/load-test.sh` starts the servers
//! (one precompressed, one `--compress-on-the-fly`) and writes the table into BENCHMARK.md.
//!
//! ```sh
//! target/server/examples/load --target precompressed=http://127.0.0.1:18080 \
//!     --target on-the-fly=http://127.0.0.1:18081 --wasm /b24-widgets-…_bg.wasm --seconds 3
//! ```
//!
//! Every run is bounded: each cell stops after `--seconds` or `--max-requests` requests, whichever
//! comes first, and each request after 10 s. Only loopback addresses are accepted. The client is a
//! minimal HTTP/1.1 one (Content-Length and chunked bodies) so that it adds no dependency.

use std::error::Error;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt as _, AsyncReadExt as _, AsyncWriteExt as _, BufReader};
use tokio::net::TcpStream;

type Result<T> = std::result::Result<T, Box<dyn Error + Send + Sync>>;

/// The longest one request may take before it counts as an error.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The portal's handler POST, shaped like a real one (tokens are fake).
const PORTAL_FORM: &str = "AUTH_ID=0123456789abcdef0123456789abcdef&AUTH_EXPIRES=3600&REFRESH_ID=fedcba9876543210fedcba9876543210&member_id=0f0e0d0c0b0a09080706050403020100&status=L&PLACEMENT=CRM_DEAL_DETAIL_TAB&PLACEMENT_OPTIONS=%7B%22ID%22%3A%2242%22%7D";

/// One kind of request of the matrix.
#[derive(Clone)]
struct Kind {
    label: &'static str,
    request: Arc<Vec<u8>>,
}

/// What one cell of the matrix measured.
struct Cell {
    requests: u64,
    errors: u64,
    first_error: Option<String>,
    seconds: f64,
    latencies: Vec<Duration>,
    body_bytes: u64,
    encodings: Vec<String>,
}

struct Options {
    targets: Vec<(String, SocketAddr)>,
    wasm: String,
    clients: Vec<usize>,
    seconds: f64,
    max_requests: u64,
}

fn parse_options() -> Result<Options> {
    let mut options = Options {
        targets: Vec::new(),
        wasm: String::new(),
        clients: vec![1, 8, 64],
        seconds: 3.0,
        max_requests: 50_000,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--target" => {
                let (name, url) = value
                    .split_once('=')
                    .ok_or("--target NAME=http://127.0.0.1:PORT")?;
                let host = url
                    .strip_prefix("http://")
                    .ok_or("--target URL must be http://")?
                    .trim_end_matches('/');
                let addr: SocketAddr = host.parse()?;
                if !addr.ip().is_loopback() {
                    return Err(
                        format!("{addr} is not a loopback address: refusing to load it").into(),
                    );
                }
                options.targets.push((name.to_owned(), addr));
            }
            "--wasm" => options.wasm = value,
            "--clients" => {
                options.clients = value
                    .split(',')
                    .map(str::parse)
                    .collect::<std::result::Result<_, _>>()?
            }
            "--seconds" => options.seconds = value.parse()?,
            "--max-requests" => options.max_requests = value.parse()?,
            _ => return Err(format!("unknown option {flag}").into()),
        }
    }
    if options.targets.is_empty() || !options.wasm.starts_with('/') {
        return Err("usage: load --target NAME=http://127.0.0.1:PORT [--target …] --wasm /NAME_bg.wasm [--clients 1,8,64] [--seconds 3] [--max-requests 50000]".into());
    }
    if !(0.1..=30.0).contains(&options.seconds)
        || options.clients.iter().any(|&c| c == 0 || c > 256)
    {
        return Err("--seconds must be 0.1..30 and --clients 1..256".into());
    }
    Ok(options)
}

fn kinds(wasm: &str) -> Vec<Kind> {
    let accept = "Accept-Encoding: gzip, deflate, br\r\n";
    let get_index = format!("GET / HTTP/1.1\r\nHost: app\r\n{accept}\r\n");
    let post_index = format!(
        "POST /?DOMAIN=acme.bitrix24.com&PROTOCOL=1&LANG=en&APP_SID=0123456789abcdef HTTP/1.1\r\nHost: app\r\n{accept}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{PORTAL_FORM}",
        PORTAL_FORM.len()
    );
    let get_wasm = format!("GET {wasm} HTTP/1.1\r\nHost: app\r\n{accept}\r\n");
    vec![
        Kind {
            label: "GET index.html",
            request: Arc::new(get_index.into_bytes()),
        },
        Kind {
            label: "POST index.html (portal form)",
            request: Arc::new(post_index.into_bytes()),
        },
        Kind {
            label: "GET wasm",
            request: Arc::new(get_wasm.into_bytes()),
        },
    ]
}

/// One answer read off a keep-alive connection.
struct Answer {
    status: u16,
    body_bytes: u64,
    encoding: String,
    close: bool,
}

async fn read_answer(reader: &mut BufReader<TcpStream>) -> Result<Answer> {
    let mut line = String::new();
    if reader.read_line(&mut line).await? == 0 {
        return Err("connection closed before an answer".into());
    }
    let status = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad status line {line:?}"))?;
    let (mut length, mut chunked, mut encoding, mut close) = (None, false, String::new(), false);
    loop {
        line.clear();
        if reader.read_line(&mut line).await? == 0 {
            return Err("connection closed inside the head".into());
        }
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        let Some((name, value)) = header.split_once(':') else {
            continue;
        };
        let (name, value) = (name.trim().to_ascii_lowercase(), value.trim());
        match name.as_str() {
            "content-length" => length = Some(value.parse::<u64>()?),
            "transfer-encoding" => chunked = value.eq_ignore_ascii_case("chunked"),
            "content-encoding" => encoding = value.to_owned(),
            "connection" => close = value.eq_ignore_ascii_case("close"),
            _ => {}
        }
    }
    let mut body_bytes = 0;
    if chunked {
        loop {
            line.clear();
            reader.read_line(&mut line).await?;
            let size_text = line.trim_end().split(';').next().unwrap_or("");
            let size = u64::from_str_radix(size_text, 16)
                .map_err(|_| format!("bad chunk size {line:?}"))?;
            if size == 0 {
                // Trailers, then the empty line.
                loop {
                    line.clear();
                    if reader.read_line(&mut line).await? == 0 || line.trim_end().is_empty() {
                        break;
                    }
                }
                break;
            }
            skip(reader, size + 2).await?;
            body_bytes += size;
        }
    } else if let Some(length) = length {
        skip(reader, length).await?;
        body_bytes = length;
    }
    Ok(Answer {
        status,
        body_bytes,
        encoding,
        close,
    })
}

async fn skip(reader: &mut BufReader<TcpStream>, mut count: u64) -> Result<()> {
    let mut buf = vec![0u8; 64 * 1024];
    while count > 0 {
        let want = usize::try_from(count.min(buf.len() as u64))?;
        let got = reader.read(&mut buf[..want]).await?;
        if got == 0 {
            return Err("connection closed inside the body".into());
        }
        count -= got as u64;
    }
    Ok(())
}

/// One client: a keep-alive connection sending `kind` until the deadline or the shared budget ends.
async fn client(addr: SocketAddr, kind: Kind, deadline: Instant, budget: Arc<AtomicU64>) -> Cell {
    let mut cell = Cell {
        requests: 0,
        errors: 0,
        first_error: None,
        seconds: 0.0,
        latencies: Vec::new(),
        body_bytes: 0,
        encodings: Vec::new(),
    };
    let mut connection: Option<BufReader<TcpStream>> = None;
    while Instant::now() < deadline
        && budget
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1))
            .is_ok()
    {
        let started = Instant::now();
        let outcome = tokio::time::timeout(REQUEST_TIMEOUT, async {
            if connection.is_none() {
                let stream = TcpStream::connect(addr).await?;
                stream.set_nodelay(true)?;
                connection = Some(BufReader::new(stream));
            }
            let reader = connection.as_mut().ok_or("no connection")?;
            reader.get_mut().write_all(&kind.request).await?;
            read_answer(reader).await
        })
        .await
        .unwrap_or_else(|_| Err("timed out".into()));
        cell.requests += 1;
        match outcome {
            Ok(answer) if (200..300).contains(&answer.status) => {
                cell.latencies.push(started.elapsed());
                cell.body_bytes += answer.body_bytes;
                if !cell.encodings.contains(&answer.encoding) {
                    cell.encodings.push(answer.encoding);
                }
                if answer.close {
                    connection = None;
                }
            }
            Ok(answer) => {
                cell.errors += 1;
                cell.first_error
                    .get_or_insert_with(|| format!("HTTP {}", answer.status));
                connection = None;
            }
            Err(e) => {
                cell.errors += 1;
                cell.first_error.get_or_insert_with(|| e.to_string());
                connection = None;
            }
        }
    }
    cell
}

async fn run_cell(addr: SocketAddr, kind: &Kind, clients: usize, options: &Options) -> Cell {
    let started = Instant::now();
    let deadline = started + Duration::from_secs_f64(options.seconds);
    let budget = Arc::new(AtomicU64::new(options.max_requests));
    let tasks: Vec<_> = (0..clients)
        .map(|_| tokio::spawn(client(addr, kind.clone(), deadline, budget.clone())))
        .collect();
    let mut total = Cell {
        requests: 0,
        errors: 0,
        first_error: None,
        seconds: 0.0,
        latencies: Vec::new(),
        body_bytes: 0,
        encodings: Vec::new(),
    };
    for task in tasks {
        match task.await {
            Ok(cell) => {
                total.requests += cell.requests;
                total.errors += cell.errors;
                total.first_error = total.first_error.or(cell.first_error);
                total.latencies.extend(cell.latencies);
                total.body_bytes += cell.body_bytes;
                for encoding in cell.encodings {
                    if !total.encodings.contains(&encoding) {
                        total.encodings.push(encoding);
                    }
                }
            }
            Err(e) => {
                total.errors += 1;
                total.first_error.get_or_insert_with(|| e.to_string());
            }
        }
    }
    total.seconds = started.elapsed().as_secs_f64();
    total.latencies.sort();
    total
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1].as_secs_f64() * 1000.0
}

async fn wait_healthy(addr: SocketAddr) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let probe = async {
            let mut reader = BufReader::new(TcpStream::connect(addr).await?);
            reader
                .get_mut()
                .write_all(b"GET /healthz HTTP/1.1\r\nHost: app\r\n\r\n")
                .await?;
            read_answer(&mut reader).await
        };
        match probe.await {
            Ok(answer) if answer.status == 200 => return Ok(()),
            _ if Instant::now() > deadline => {
                return Err(format!("{addr} is not answering /healthz").into())
            }
            _ => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

async fn run(options: Options) -> Result<()> {
    for (_, addr) in &options.targets {
        wait_healthy(*addr).await?;
    }
    let kinds = kinds(&options.wasm);
    println!("| server | request | clients | requests | req/s | p50 ms | p99 ms | errors | KB/answer | encoding |");
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
    let mut wasm_rates = Vec::new();
    for kind in &kinds {
        for &clients in &options.clients {
            for (name, addr) in &options.targets {
                let cell = run_cell(*addr, kind, clients, &options).await;
                let ok = cell.requests - cell.errors;
                let rate = ok as f64 / cell.seconds;
                let size = if ok > 0 {
                    cell.body_bytes as f64 / ok as f64 / 1000.0
                } else {
                    0.0
                };
                let encoding = if cell.encodings.iter().all(String::is_empty) {
                    "identity".to_owned()
                } else {
                    cell.encodings.join(", ")
                };
                println!(
                    "| {name} | {} | {clients} | {} | {rate:.0} | {:.2} | {:.2} | {}{} | {size:.1} | {encoding} |",
                    kind.label,
                    cell.requests,
                    percentile(&cell.latencies, 50.0),
                    percentile(&cell.latencies, 99.0),
                    cell.errors,
                    cell.first_error.map(|e| format!(" ({e})")).unwrap_or_default(),
                );
                if kind.label == "GET wasm" {
                    wasm_rates.push((name.clone(), clients, rate));
                }
            }
        }
    }
    if let Some((first, _)) = options.targets.first() {
        for (other, _) in options.targets.iter().skip(1) {
            let ratios: Vec<String> = options
                .clients
                .iter()
                .filter_map(|&c| {
                    let of = |n: &str| {
                        wasm_rates
                            .iter()
                            .find(|(name, cc, _)| name == n && *cc == c)
                            .map(|r| r.2)
                    };
                    Some(format!("{:.1}× at {c}", of(first)? / of(other)?))
                })
                .collect();
            println!(
                "\nwasm downloads per second, {first} vs {other}: {}.",
                ratios.join(", ")
            );
        }
    }
    Ok(())
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let options = match parse_options() {
        Ok(options) => options,
        Err(e) => {
            eprintln!("load: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    match run(options).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("load: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

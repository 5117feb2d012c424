//! What the figures were measured on, and this process's memory, read from /proc (Linux).

/// "2 cores, Intel(R) Xeon(R) …, Linux 6.1.0-…".
pub fn describe() -> String {
    let cores = std::thread::available_parallelism()
        .map(|n| n.get().to_string())
        .unwrap_or_else(|_| "?".into());
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|s| s.trim().to_owned())
        .unwrap_or_else(|_| "?".into());
    format!("nproc {cores}, {cpu}, Linux {kernel}")
}

/// Resident size now (`VmRSS`), in KiB.
pub fn rss_kib() -> Option<u64> {
    status_field("VmRSS:")
}

/// The highest resident size so far (`VmHWM`), in KiB.
pub fn peak_rss_kib() -> Option<u64> {
    status_field("VmHWM:")
}

fn status_field(name: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(name))?;
    line[name.len()..].split_whitespace().next()?.parse().ok()
}

/// CPU time a thread of this process has used so far, to show whether the load generator
/// or the SMTP sink, rather than the service, was the limit.
pub fn thread_cpu(thread: &std::thread::JoinHandle<()>) -> Option<std::time::Duration> {
    use std::os::unix::thread::JoinHandleExt;
    let mut clock: libc::clockid_t = 0;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: the thread is alive while its JoinHandle is held unjoined; both calls only
    // write into the locals passed.
    unsafe {
        if libc::pthread_getcpuclockid(thread.as_pthread_t(), &mut clock) != 0 {
            return None;
        }
        if libc::clock_gettime(clock, &mut ts) != 0 {
            return None;
        }
    }
    Some(std::time::Duration::new(
        ts.tv_sec as u64,
        ts.tv_nsec as u32,
    ))
}

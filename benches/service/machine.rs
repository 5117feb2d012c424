//! What the figures were measured on, and the service process's memory and CPU, read from
//! /proc (Linux).

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

/// Resident size of process `pid` now (`VmRSS`), in KiB.
pub fn rss_kib(pid: u32) -> Option<u64> {
    status_field(pid, "VmRSS:")
}

/// The highest resident size of process `pid` so far (`VmHWM`), in KiB.
pub fn peak_rss_kib(pid: u32) -> Option<u64> {
    status_field(pid, "VmHWM:")
}

fn status_field(pid: u32, name: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
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

/// CPU time (user and system, all threads) process `pid` has used so far.
pub fn process_cpu(pid: u32) -> Option<std::time::Duration> {
    let stat = Stat::read(pid)?;
    Some(ticks(stat.utime + stat.stime))
}

/// The fields of `/proc/PID/stat` used here.
struct Stat {
    ppid: u32,
    utime: u64,
    stime: u64,
    /// CPU of the children the process has waited for (exited, reaped).
    cutime: u64,
    cstime: u64,
}

impl Stat {
    fn read(pid: u32) -> Option<Stat> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // The command name, in parentheses, may hold spaces: the fields start after the
        // last ')'. ppid is field 4 of the line, utime to cstime 14 to 17.
        let f: Vec<&str> = stat[stat.rfind(')')? + 1..].split_whitespace().collect();
        let n = |i: usize| f.get(i)?.parse::<u64>().ok();
        Some(Stat {
            ppid: n(1)? as u32,
            utime: n(11)?,
            stime: n(12)?,
            cutime: n(13)?,
            cstime: n(14)?,
        })
    }
}

fn ticks(t: u64) -> std::time::Duration {
    // SAFETY: sysconf only reads a system constant.
    let per_sec = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1);
    std::time::Duration::from_secs_f64(t as f64 / per_sec as f64)
}

/// CPU time PostgreSQL (on this machine) has used so far: every live postgres process,
/// and, through the postmaster's count of its reaped children, every backend that has
/// exited (a connection closed by a pool) — a sum over live processes alone would lose
/// their time and could even go down.
pub fn postgres_cpu() -> std::time::Duration {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return std::time::Duration::ZERO;
    };
    let postgres: Vec<(u32, Stat)> = dir
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/comm"))
                .is_ok_and(|c| c.trim_end() == "postgres")
        })
        .filter_map(|pid| Some((pid, Stat::read(pid)?)))
        .collect();
    let pids: std::collections::HashSet<u32> = postgres.iter().map(|(p, _)| *p).collect();
    let total: u64 = postgres
        .iter()
        .map(|(_, s)| {
            let reaped = if pids.contains(&s.ppid) {
                0
            } else {
                // The postmaster: its parent is not PostgreSQL.
                s.cutime + s.cstime
            };
            s.utime + s.stime + reaped
        })
        .sum();
    ticks(total)
}

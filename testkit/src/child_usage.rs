//! A child process's wall time and its own peak resident size.
use std::io::Error;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `cmd` to its end, its output to the files given; returns its wall time and its own
/// peak resident size in KiB. Fails if it does not exit 0 (with what it said on stderr).
///
/// Not spawned directly: `wait4`'s `ru_maxrss` is a high-water mark that Linux carries
/// across `exec` from the address space the child came from, and std spawns from this
/// process's (vfork/posix_spawn, or fork), so the child would be charged with this whole
/// process's peak, which a test or a benchmark that seeded a database has made large. A
/// small `sh` starts the command instead, forked from its own small address space, and exits
/// at once; this process becomes a child subreaper, so the command is re-parented here and
/// `wait4` reads its own usage. The wall time includes the shell's start (about a
/// millisecond).
pub fn measured(cmd: &Command, stdout: &Path, stderr: &Path) -> std::io::Result<(Duration, u64)> {
    // SAFETY: a plain prctl on this process; it only changes who inherits orphans.
    if unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) } != 0 {
        return Err(Error::last_os_error());
    }
    let mut sh = Command::new("sh");
    sh.arg("-c")
        .arg(r#"out=$1; err=$2; shift 2; "$@" </dev/null >"$out" 2>"$err" & echo $!"#)
        .arg("sh")
        .arg(stdout)
        .arg(stderr)
        .arg(cmd.get_program())
        .args(cmd.get_args())
        .stdin(Stdio::null())
        .stderr(Stdio::inherit());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => sh.env(k, v),
            None => sh.env_remove(k),
        };
    }
    if let Some(dir) = cmd.get_current_dir() {
        sh.current_dir(dir);
    }
    let start = Instant::now();
    let launched = sh.output()?;
    let pid: libc::pid_t = String::from_utf8_lossy(&launched.stdout)
        .trim()
        .parse()
        .map_err(|_| Error::other(format!("sh did not start {:?}", cmd.get_program())))?;
    let mut status = 0;
    // SAFETY: rusage is plain data, filled by wait4 for our (adopted) child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    if waited != pid {
        return Err(Error::last_os_error());
    }
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        let said = std::fs::read_to_string(stderr).unwrap_or_default();
        return Err(Error::other(format!(
            "{:?} failed (status {status}): {}",
            cmd.get_program(),
            said.trim()
        )));
    }
    // ru_maxrss is in KiB on Linux.
    Ok((wall, usage.ru_maxrss.max(0) as u64))
}

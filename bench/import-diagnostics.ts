// Where the time goes while the import benchmark runs, on stderr: every second, the machine's CPU (from
// /proc/stat), the CPU of each process of the run (the app server, this process with the import worker and its
// mining thread, the simulated users, the PostgreSQL backends of the run's database, everything else on the
// machine) and what the database's active sessions wait on (pg_stat_activity), with the statements seen running
// for more than 100 ms. Grouped by the scenario's phase (before the import, during it). Linux only; elsewhere the
// CPU figures are left out.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

type Tick = { busy: number; total: number; procs: Map<string, number> };
type PhaseStats = {
  seconds: number;
  busy: number;
  total: number;
  procs: Map<string, number>;
  samples: number;
  active: number;
  waits: Map<string, number>;
  slow: Map<string, { count: number; maxMs: number }>;
};

const HZ = 100; // USER_HZ on Linux
const SLOW_MS = 100;

function readStat(): { busy: number; total: number } | null {
  try {
    const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - cpu[3]! - cpu[4]!, total };
  } catch {
    return null;
  }
}

/** utime + stime of a process and its threads, in clock ticks. */
function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** PostgreSQL backends serving the given database (their command line names it). */
function backendsOf(database: string): number[] {
  const pids: number[] = [];
  try {
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const cmd = readFileSync(`/proc/${name}/cmdline`, "utf8");
        if (cmd.startsWith("postgres: ") && cmd.includes(` ${database} `)) pids.push(Number(name));
      } catch {
        /* gone */
      }
    }
  } catch {
    /* no /proc */
  }
  return pids;
}

export type RunWatch = { phase: (name: string) => void; stop: () => Promise<string[]> };

export function watchRun(opts: {
  database: string;
  pids: () => Record<string, number | undefined>;
  query: <T>(sql: string) => Promise<T[]>;
}): RunWatch {
  const stats = new Map<string, PhaseStats>();
  let phase = "setup";
  // Backends come and go: each one counts with its ticks since it was first seen, and keeps its last count.
  const backendTicks = new Map<number, { first: number; last: number }>();
  const tick = (): Tick | null => {
    const stat = readStat();
    if (!stat) return null;
    const procs = new Map<string, number>();
    for (const [name, pid] of Object.entries(opts.pids())) if (pid) procs.set(name, processTicks(pid));
    for (const pid of backendsOf(opts.database)) {
      const t = processTicks(pid);
      const seen = backendTicks.get(pid);
      if (seen) seen.last = Math.max(seen.last, t);
      else backendTicks.set(pid, { first: t, last: t });
    }
    procs.set(
      "postgres",
      [...backendTicks.values()].reduce((a, b) => a + b.last - b.first, 0),
    );
    return { ...stat, procs };
  };
  const of = (name: string) => {
    let s = stats.get(name);
    if (!s) {
      s = {
        seconds: 0,
        busy: 0,
        total: 0,
        procs: new Map(),
        samples: 0,
        active: 0,
        waits: new Map(),
        slow: new Map(),
      };
      stats.set(name, s);
    }
    return s;
  };
  let last = tick();
  let lastAt = performance.now();
  let sampling = Promise.resolve();
  const sample = async () => {
    const now = tick();
    const at = performance.now();
    const s = of(phase);
    if (now && last) {
      s.seconds += (at - lastAt) / 1000;
      s.busy += now.busy - last.busy;
      s.total += now.total - last.total;
      for (const [name, t] of now.procs) s.procs.set(name, (s.procs.get(name) ?? 0) + t - (last.procs.get(name) ?? 0));
    }
    last = now;
    lastAt = at;
    const rows = await opts.query<{ wait: string | null; ms: number; query: string }>(
      `SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait,
              extract(epoch FROM clock_timestamp() - query_start) * 1000 AS ms,
              left(regexp_replace(query, '\\s+', ' ', 'g'), 140) AS query
       FROM pg_stat_activity
       WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
    );
    s.samples++;
    s.active += rows.length;
    for (const r of rows) {
      const key = r.wait ?? "CPU";
      s.waits.set(key, (s.waits.get(key) ?? 0) + 1);
      if (Number(r.ms) > SLOW_MS) {
        const seen = s.slow.get(r.query) ?? { count: 0, maxMs: 0 };
        s.slow.set(r.query, { count: seen.count + 1, maxMs: Math.max(seen.maxMs, Number(r.ms)) });
      }
    }
  };
  const timer = setInterval(() => {
    sampling = sampling.then(sample).catch(() => undefined);
  }, 1000);
  return {
    phase: (name) => {
      sampling = sampling.then(sample).catch(() => undefined);
      void sampling.then(() => (phase = name));
    },
    stop: async () => {
      clearInterval(timer);
      await sampling;
      const lines: string[] = [];
      for (const [name, s] of stats) {
        if (!s.samples || name === "setup") continue;
        const core = (ticks: number) => `${Math.round((ticks / HZ / Math.max(s.seconds, 1e-9)) * 100)}%`;
        const ours = [...s.procs.values()].reduce((a, b) => a + b, 0);
        const allTicks = s.total ? (s.busy / s.total) * s.seconds * HZ * os.cpus().length : 0;
        const procs = [...s.procs, ["其他进程", Math.max(0, allTicks - ours)] as const]
          .map(([n, t]) => `${n} ${core(t)}`)
          .join("，");
        const machine = s.total ? `${Math.round((s.busy / s.total) * 100)}%` : "?";
        const waits = [...s.waits]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([w, n]) => `${w} ${Math.round((n / Math.max(s.active, 1)) * 100)}%`)
          .join("，");
        lines.push(
          `${name}（${Math.round(s.seconds)} s）：整机 CPU 忙 ${machine}；各进程（占一个核的百分比）${procs}；` +
            `数据库活动会话平均 ${(s.active / s.samples).toFixed(1)} 个，等待：${waits || "—"}`,
        );
        const slow = [...s.slow].sort((a, b) => b[1].count - a[1].count).slice(0, 5);
        for (const [q, v] of slow)
          lines.push(`  ${name} 运行超过 ${SLOW_MS} ms 的语句 ×${v.count}（最长 ${Math.round(v.maxMs)} ms）：${q}`);
      }
      return lines;
    },
  };
}

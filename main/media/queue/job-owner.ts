import { randomUUID } from 'node:crypto';
import os from 'node:os';

/** Who runs a job: this process, told apart from a later process that reuses its pid by a random instance id. */
export interface JobOwner {
  readonly id: string;
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
}

/** How often a running process renews its jobs' leases, and how long a lease lasts without renewal. */
export const HEARTBEAT_MS = 2_000;
export const LEASE_MS = 10_000;

let self: JobOwner | null = null;

/** This process as a job owner (one identity per process, shared by every queue it opens). */
export function currentOwner(): JobOwner {
  self ??= {
    id: randomUUID(),
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date(Date.now() - Math.round(process.uptime() * 1000)).toISOString(),
  };
  return self;
}

/** The owner columns of a running job (null for rows from before leases, which nothing renews). */
export interface LeaseRow {
  owner_id: string | null;
  owner_pid: number | null;
  owner_host: string | null;
  lease_expires_at: number | null;
}

/**
 * True when nobody runs the job any more: no owner recorded, its lease expired (the owner stopped renewing it:
 * crashed, hung, or on another machine sharing the library), or its process is gone on this host.
 */
export function ownerIsGone(row: LeaseRow, me: JobOwner, now: number, alive = pidAlive): boolean {
  if (!row.owner_id || row.lease_expires_at === null) return true;
  if (row.lease_expires_at <= now) return true;
  if (row.owner_id === me.id) return false;
  if (row.owner_host !== me.host || row.owner_pid === null) return false;
  // Our own pid under another instance id: that earlier process is gone and the pid was reused by us.
  if (row.owner_pid === me.pid) return true;
  return !alive(row.owner_pid);
}

/** Signal 0 checks existence only; EPERM means it exists but belongs to someone else. */
function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The SCORM 1.2 run-time API an LMS puts on `window.API` (all values are strings). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

type WindowWithApi = Window & { API?: Scorm12Api };

/** ADL's search: this window, then its parents (at most 7 up), then the opener's. Cross-origin frames are skipped. */
export function findScormApi(win: Window): Scorm12Api | undefined {
  const search = (start: Window | null): Scorm12Api | undefined => {
    let w = start as WindowWithApi | null;
    for (let tries = 0; w && tries <= 7; tries++) {
      try {
        if (w.API) return w.API;
      } catch {
        return undefined;
      }
      if (!w.parent || w.parent === w) break;
      w = w.parent as WindowWithApi;
    }
    return undefined;
  };
  return search(win) ?? search(win.opener);
}

/** CMITimespan `HHHH:MM:SS` (SCORM 1.2 rejects ISO 8601 durations). */
export function cmiTimespan(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.min(Math.floor(s / 3600), 9999);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(h)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** SCORM 1.2 caps suspend_data at 4096 characters. */
export const SUSPEND_DATA_LIMIT = 4096;

/** What we keep in `cmi.suspend_data`: the last answers, if they fit. */
export function suspendData(answers: unknown): string {
  const full = JSON.stringify({ v: 1, answers });
  return full.length <= SUSPEND_DATA_LIMIT ? full : JSON.stringify({ v: 1 });
}

export function readSuspendData(text: string): Record<string, unknown> | undefined {
  try {
    const data = JSON.parse(text);
    return data && typeof data.answers === 'object' ? data.answers : undefined;
  } catch {
    return undefined;
  }
}

/** Score as the LMS wants it: a percentage from 0 to 100, at most two decimals. */
export function scorePercent(score: number, max: number): string {
  return String(Math.round((max ? (score / max) * 100 : 0) * 100) / 100);
}

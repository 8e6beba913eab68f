export interface SessionItem {
  minutes: number;
  activity: string;
}

/** Start and end minute of each activity, from 0, and the total length of the session. */
export function sessionSchedule(items: SessionItem[]) {
  let clock = 0;
  const rows = items.map((item) => {
    const start = clock;
    clock += item.minutes;
    return { ...item, start, end: clock };
  });
  return { rows, total: clock };
}

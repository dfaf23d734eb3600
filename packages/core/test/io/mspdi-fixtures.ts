/** Small hand-written MSPDI documents for the io tests. */

export const STANDARD_WEEK =
  '<WeekDays><WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>' +
  [2, 3, 4, 5, 6]
    .map(
      (d) =>
        `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking><WorkingTimes>` +
        '<WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>' +
        '<WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>',
    )
    .join('') +
  '<WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays>';

/** Wraps header fields and body sections in a `<Project>` root. */
export function project(body: string, header = ''): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Project xmlns="http://schemas.microsoft.com/project"><Name>fixture.xml</Name><Title>Fixture</Title>' +
    '<ScheduleFromStart>1</ScheduleFromStart><StartDate>2026-03-02T08:00:00</StartDate>' +
    `<FinishDate>2026-03-06T17:00:00</FinishDate><CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek>${header}` +
    body +
    '</Project>'
  );
}

/** A `<Task>` with the given child elements. */
export function task(uid: number, level: number, name: string, extra = ''): string {
  return `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>${name}</Name><OutlineLevel>${level}</OutlineLevel>${extra}</Task>`;
}

/** A predecessor link. */
export function link(pred: number, type: number, lag = 0, format = 7): string {
  return `<PredecessorLink><PredecessorUID>${pred}</PredecessorUID><Type>${type}</Type><CrossProject>0</CrossProject><LinkLag>${lag}</LinkLag><LagFormat>${format}</LagFormat></PredecessorLink>`;
}

/**
 * A small plan: a summary with three leaves (FS + 1 day, SS, an FF milestone), an SNET
 * constraint on a Saturday, a night calendar, two resources, a baseline and an exception.
 */
export const SMALL_PLAN = project(
  '<Calendars>' +
    `<Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>${STANDARD_WEEK}` +
    '<Exceptions><Exception><TimePeriod><FromDate>2026-03-10T00:00:00</FromDate><ToDate>2026-03-11T23:59:00</ToDate></TimePeriod>' +
    '<Occurrences>2</Occurrences><Name>Offsite &amp; party</Name><Type>1</Type><DayWorking>0</DayWorking></Exception></Exceptions></Calendar>' +
    '<Calendar><UID>2</UID><Name>Night</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID><WeekDays>' +
    '<WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>' +
    '<WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>22:00:00</FromTime><ToTime>00:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>' +
    [3, 4, 5, 6]
      .map(
        (d) =>
          `<WeekDay><DayType>${d}</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>00:00:00</FromTime><ToTime>06:00:00</ToTime></WorkingTime><WorkingTime><FromTime>22:00:00</FromTime><ToTime>00:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>`,
      )
      .join('') +
    '<WeekDay><DayType>7</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>00:00:00</FromTime><ToTime>06:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>' +
    '</WeekDays></Calendar>' +
    '<Calendar><UID>3</UID><Name>Ann</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID><WeekDays>' +
    '<WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></Calendar>' +
    '</Calendars><Tasks>' +
    task(0, 0, 'Launch plan', '<Summary>1</Summary>') +
    task(
      1,
      1,
      'Phase &lt;1&gt;',
      '<Summary>1</Summary><Start>2026-03-02T08:00:00</Start><Finish>2026-03-05T17:00:00</Finish><Duration>PT32H0M0S</Duration>',
    ) +
    task(
      2,
      2,
      'Design',
      '<Start>2026-03-02T08:00:00</Start><Finish>2026-03-03T17:00:00</Finish><Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat>' +
        '<PercentComplete>50</PercentComplete><Notes>Check the brief</Notes>' +
        '<Baseline><Number>0</Number><Start>2026-03-02T08:00:00</Start><Finish>2026-03-02T17:00:00</Finish></Baseline>',
    ) +
    task(
      3,
      2,
      'Build',
      '<Start>2026-03-05T08:00:00</Start><Finish>2026-03-05T12:00:00</Finish><Duration>PT4H0M0S</Duration><DurationFormat>5</DurationFormat>' +
        '<ConstraintType>4</ConstraintType><ConstraintDate>2026-02-28T08:00:00</ConstraintDate><CalendarUID>2</CalendarUID>' +
        link(2, 1, 4800) +
        '<Baseline><Number>1</Number><Start>2026-03-04T08:00:00</Start><Finish>2026-03-04T12:00:00</Finish></Baseline>',
    ) +
    task(
      4,
      1,
      'Ship',
      '<Start>2026-03-05T12:00:00</Start><Finish>2026-03-05T12:00:00</Finish><Duration>PT0H0M0S</Duration><Milestone>1</Milestone>' +
        '<Manual>1</Manual><ConstraintType>7</ConstraintType><ConstraintDate>2026-03-06T17:00:00</ConstraintDate>' +
        link(3, 0) +
        link(2, 3, -2400, 5) +
        '<Deadline>2026-03-09T17:00:00</Deadline>',
    ) +
    '</Tasks><Resources><Resource><UID>0</UID><ID>0</ID><Type>1</Type></Resource>' +
    '<Resource><UID>7</UID><ID>1</ID><Name>Ann</Name><Type>1</Type><MaxUnits>0.5</MaxUnits><CalendarUID>3</CalendarUID></Resource>' +
    '<Resource><UID>8</UID><ID>2</ID><Name>Bob</Name><Type>1</Type><MaxUnits>1</MaxUnits></Resource></Resources>' +
    '<Assignments><Assignment><UID>1</UID><TaskUID>2</TaskUID><ResourceUID>7</ResourceUID></Assignment>' +
    '<Assignment><UID>2</UID><TaskUID>2</TaskUID><ResourceUID>8</ResourceUID></Assignment>' +
    '<Assignment><UID>3</UID><TaskUID>3</TaskUID><ResourceUID>-65535</ResourceUID></Assignment></Assignments>',
  '<LastSaved>2026-02-27T10:00:00</LastSaved>',
);

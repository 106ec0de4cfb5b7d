import type { viReportsFlow } from './vi-reports-flow';

/** English: what issue 9 added to reporting (kept drafts, leaving guard, locks, reopening, dated progress, submit checks). */
export const enReportsFlow: Record<keyof typeof viReportsFlow, string> = {
  'reports.draftIssues.title': 'Draft saved, but it cannot be submitted until these figures are fixed:',
  'reports.leave.title': 'The report has unsaved changes',
  'reports.leave.body': 'Save the changes and leave, or stay to continue.',
  'reports.leave.save': 'Save and leave',
  'reports.leave.stay': 'Stay',
  'reports.leave.failed':
    'Not saved, so you are still on the page. See the message on the page and try again.',

  'reports.lock.accepted': 'The report was accepted on {date}: it can no longer be edited.',
  'reports.lock.acceptedNoDate': 'The report was accepted: it can no longer be edited.',
  'reports.lock.expired': 'The period has been locked since {date} (past the reporting deadline).',
  'reports.lock.notOpen': 'The period has not started yet: figures count from {date}.',
  'reports.lock.askHint': 'If something must be added, send a "Request to reopen" to the focal department.',

  'reports.reopen.button': 'Request to reopen',
  'reports.reopen.title': 'Request to reopen the report {period}',
  'reports.reopen.reason': 'Why it must be reopened',
  'reports.reopen.reasonHint': 'E.g. the May immunisation figures must be added.',
  'reports.reopen.send': 'Send request',
  'reports.reopen.sent': 'The request to reopen was sent to the focal department.',
  'reports.reopen.pending': 'Request to reopen sent on {date}, awaiting an answer.',
  'reports.reopen.granted': 'Reopened until the end of {date}.',
  'reports.reopen.refused': 'The request to reopen was refused: {answer}',
  'reports.reopen.listTitle': 'Requests to reopen reports',
  'reports.reopen.none': 'No request is awaiting an answer.',
  'reports.reopen.from': '{agency} · {period} · sent {time}',
  'reports.reopen.grant': 'Reopen for {days} days',
  'reports.reopen.refuse': 'Refuse',
  'reports.reopen.refuseTitle': 'Refuse to reopen the report of {agency}',
  'reports.reopen.refuseReason': 'Reason (sent to the agency)',
  'reports.reopen.granted.done': 'The report of {agency} is reopened until the end of {date}.',
  'reports.reopen.refused.done': 'Answered: not reopened.',

  'reports.progress.title': 'Progress updates of the task ({count})',
  'reports.progress.offered': 'Used in this period',
  'reports.progress.notOffered': 'Not in this period',
  'reports.progress.movedTo': 'Moved to the period: {period}',
  'reports.progress.move': 'Move into this period',
  'reports.progress.moved': 'Update moved into this period. Press "Use the progress updates" to fill it in.',
  'reports.progress.date': 'On {date}',

  'reports.check.intro': 'Before sending, please note:',
  'reports.check.late': 'The report is {days} days late (due {date}).',
  'reports.check.emptyTasks': '{empty} of {total} tasks have no content (result, figures or files).',
  'reports.check.sums': '{code} – {group}: the groups add up to {sum} ≠ total {total}.',
  'reports.check.none': 'Nothing to point out.',
} as const;

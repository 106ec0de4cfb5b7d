import { useQueryClient } from '@tanstack/react-query';
import type { AgencyReportDto } from '@vte/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/errors';
import { reportKeys } from '../api/keys';
import { saveAgencyReport, submitAgencyReport } from '../api/agency-reports';
import { noIssues, placeIssues, rawIssues, type ReportIssues } from '../lib/issues';
import { draftOf, saveInputOf, type ReportDraft } from '../lib/report-draft';

export const AUTOSAVE_DELAY_MS = 2000;
const RETRY_DELAY_MS = 15_000;

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed' | 'stale' | 'locked';
export type SaveState = { status: SaveStatus; savedAt: Date | null; message: string | null };

const ISSUE_CODES = new Set(['VALIDATION', 'INDICATOR_VALUE_INVALID']);

/**
 * The agency report editor's state: the draft being typed, autosave (debounced PUT with the
 * revision the form was loaded at) and submission. The server is the judge of every rule; its
 * issues come back placed next to the tasks and indicators they concern.
 */
export function useReportEditor(initial: AgencyReportDto) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState<ReportDraft>(() => draftOf(initial));
  const [save, setSave] = useState<SaveState>({ status: 'idle', savedAt: null, message: null });
  const [issues, setIssues] = useState<ReportIssues>(() => keptIssues(initial, null));
  const draftRef = useRef(draft);
  const baseRef = useRef(base);
  const revision = useRef(initial.revision);
  const changes = useRef(0);
  const savedChanges = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<number | null>(null);
  const halted = useRef(false);
  const editable = base.editable;

  const clearTimer = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };

  const store = useCallback(
    (report: AgencyReportDto) => {
      baseRef.current = report;
      revision.current = report.revision;
      setBase(report);
      queryClient.setQueryData(reportKeys.agency(report.id), report);
    },
    [queryClient],
  );

  const fail = useCallback((error: unknown, sent: ReturnType<typeof saveInputOf>) => {
    if (isApiError(error) && error.code === 'REPORT_STALE') {
      halted.current = true;
      setSave((s) => ({ ...s, status: 'stale', message: errorMessage(error) }));
      return;
    }
    if (isApiError(error) && (error.code === 'REPORT_LOCKED' || error.code === 'REPORT_STATUS_INVALID')) {
      halted.current = true;
      setSave((s) => ({ ...s, status: 'locked', message: errorMessage(error) }));
      return;
    }
    if (isApiError(error) && ISSUE_CODES.has(error.code)) {
      const placed = placeIssues(rawIssues(error.details, errorMessage(error)), sent);
      if (
        placed.other.length === 0 &&
        Object.keys(placed.indicators).length + Object.keys(placed.tasks).length === 0
      )
        placed.other.push(errorMessage(error));
      setIssues(placed);
    }
    setSave((s) => ({ ...s, status: 'failed', message: errorMessage(error) }));
  }, []);

  const runSave = useCallback((): Promise<void> => {
    if (inFlight.current) return inFlight.current;
    if (halted.current || changes.current === savedChanges.current) return Promise.resolve();
    const upTo = changes.current;
    const body = saveInputOf(draftRef.current, baseRef.current, revision.current, false);
    setSave((s) => ({ ...s, status: 'saving' }));
    const work = saveAgencyReport(baseRef.current.id, body)
      .then((report) => {
        savedChanges.current = upTo;
        store(report);
        // Saved, but some typed values wait for a fix: shown next to their indicator (issue 9 item 1).
        setIssues(keptIssues(report, body));
        setSave({ status: 'saved', savedAt: new Date(), message: null });
      })
      .catch((error: unknown) => {
        fail(error, body);
        // Slow or lost connections: try again a little later without the user doing anything.
        if (isApiError(error) && ['NETWORK', 'TIMEOUT', 'UNAVAILABLE'].includes(error.code)) {
          clearTimer();
          timer.current = window.setTimeout(() => void runSave(), RETRY_DELAY_MS);
        }
      })
      .finally(() => {
        inFlight.current = null;
        // Edits made while this save was on its way get their own save.
        if (!halted.current && changes.current !== savedChanges.current && timer.current === null) {
          setSave((s) => (s.status === 'saved' ? { ...s, status: 'pending' } : s));
          timer.current = window.setTimeout(() => {
            timer.current = null;
            void runSave();
          }, AUTOSAVE_DELAY_MS);
        }
      });
    inFlight.current = work;
    return work;
  }, [fail, store]);

  /** Applies an edit and schedules the autosave. */
  const update = useCallback(
    (change: (draft: ReportDraft) => ReportDraft) => {
      if (!baseRef.current.editable) return;
      const next = change(draftRef.current);
      draftRef.current = next;
      setDraft(next);
      changes.current += 1;
      if (halted.current) return;
      setSave((s) => ({ ...s, status: s.status === 'saving' ? 'saving' : 'pending' }));
      clearTimer();
      timer.current = window.setTimeout(() => {
        timer.current = null;
        void runSave();
      }, AUTOSAVE_DELAY_MS);
    },
    [runSave],
  );

  /** Starts again from the server's copy (after "changed elsewhere", or a submission). */
  const reset = useCallback(
    (report: AgencyReportDto) => {
      clearTimer();
      halted.current = false;
      changes.current = 0;
      savedChanges.current = 0;
      store(report);
      const next = draftOf(report);
      draftRef.current = next;
      setDraft(next);
      setIssues(keptIssues(report, null));
      setSave({ status: 'idle', savedAt: null, message: null });
    },
    [store],
  );

  /** Saves and submits in one request, after any save already on its way. */
  const submit = useCallback(async (): Promise<AgencyReportDto | null> => {
    clearTimer();
    if (inFlight.current) await inFlight.current;
    if (halted.current) return null;
    const body = saveInputOf(draftRef.current, baseRef.current, revision.current, true);
    setSave((s) => ({ ...s, status: 'saving' }));
    try {
      const report = await submitAgencyReport(baseRef.current.id, body);
      reset(report);
      void queryClient.invalidateQueries({ queryKey: reportKeys.mine });
      void queryClient.invalidateQueries({ queryKey: reportKeys.versions(report.id) });
      void queryClient.invalidateQueries({ queryKey: ['reports', 'completeness', report.periodId] });
      return report;
    } catch (error) {
      fail(error, body);
      throw error;
    }
  }, [fail, queryClient, reset]);

  const unsaved = () => changes.current !== savedChanges.current;

  // Leaving the page: save what is pending at once, and warn if the browser tab is closing.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (unsaved() && !halted.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (timer.current !== null) {
        clearTimer();
        void runSave();
      }
    };
  }, [runSave]);

  return { base, draft, editable, save, issues, update, reset, submit, flush: runSave, unsaved };
}

export type ReportEditor = ReturnType<typeof useReportEditor>;

/** The rules a kept draft still breaks, placed next to what they concern. */
function keptIssues(report: AgencyReportDto, sent: ReturnType<typeof saveInputOf> | null): ReportIssues {
  if (!report.draftIssues.length) return noIssues();
  return placeIssues(
    rawIssues({ issues: report.draftIssues }, ''),
    sent ?? { indicatorValues: [], tasks: [] },
  );
}

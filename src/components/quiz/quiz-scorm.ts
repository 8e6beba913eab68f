// The quiz inside a SCORM 1.2 package: reports to the LMS when one is found, works on its own when not.
import type { Answers } from '../../lib/quiz/grade.ts';
import { cmiTimespan, findScormApi, readSuspendData, scorePercent, suspendData } from '../../lib/exports/scorm-api.ts';
import { BiosecQuiz, type QuizPersistence } from './biosec-quiz.ts';
import { progressPersistence } from './persistence.ts';

const api = findScormApi(window);
const started = Date.now();
let best: { score: number; max: number; time: string } | undefined;

function lmsPersistence(): QuizPersistence {
  return {
    async lastAnswers() {
      return readSuspendData(api!.LMSGetValue('cmi.suspend_data')) as Answers | undefined;
    },
    async best() {
      return best;
    },
    async save(attempt) {
      if (!best || attempt.score / attempt.max > best.score / best.max) best = { score: attempt.score, max: attempt.max, time: new Date().toISOString() };
      api!.LMSSetValue('cmi.core.score.min', '0');
      api!.LMSSetValue('cmi.core.score.max', '100');
      api!.LMSSetValue('cmi.core.score.raw', scorePercent(attempt.score, attempt.max));
      api!.LMSSetValue('cmi.core.lesson_status', attempt.passed ? 'passed' : 'failed');
      api!.LMSSetValue('cmi.suspend_data', suspendData(attempt.answers));
      api!.LMSSetValue('cmi.core.session_time', cmiTimespan(Date.now() - started));
      api!.LMSSetValue('cmi.core.exit', 'suspend');
      api!.LMSCommit('');
      return 'ok';
    },
  };
}

if (api && api.LMSInitialize('') === 'true') {
  if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  BiosecQuiz.persistence = lmsPersistence();
  let finished = false;
  addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    api.LMSSetValue('cmi.core.session_time', cmiTimespan(Date.now() - started));
    api.LMSCommit('');
    api.LMSFinish('');
  });
} else {
  BiosecQuiz.persistence = progressPersistence;
}
customElements.define('biosec-quiz', BiosecQuiz);

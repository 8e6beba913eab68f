import { BiosecQuiz } from './biosec-quiz.ts';
import { progressPersistence } from './persistence.ts';

BiosecQuiz.persistence = progressPersistence;
customElements.define('biosec-quiz', BiosecQuiz);

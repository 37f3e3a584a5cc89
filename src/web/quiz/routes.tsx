// The self-assessment on the web: POST /quiz starts an attempt kept server-side; each question is
// its own page and form (GET shows, POST saves and moves on); the server scores from the seed and
// the stored answers, never from anything the browser sends back about the score.
import { Hono } from 'hono';
import type { FollowThrough } from '../../app/index.js';
import { type AppError, isBadInput } from '../../core/errors.js';
import { statusOf } from '../errors.js';
import { render } from '../render.js';
import { QuizQuestionPage, QuizStartPage } from './quiz-pages.js';
import { QuizProgressPage, QuizResultPage } from './quiz-result.js';

const firstMessage = (err: AppError) => err.problems[0]?.message ?? err.message;

export function quizRoutes(api: FollowThrough): Hono {
  const app = new Hono();

  app.get('/quiz', async (c) => {
    const history = await api.quiz.history();
    return render(c, <QuizStartPage last={history.at(-1)} count={history.length} />);
  });

  app.post('/quiz', async (c) => {
    const body = await c.req.parseBody();
    const seed = typeof body.seed === 'string' ? body.seed.trim() : '';
    try {
      const started = await api.quiz.start(seed ? { seed } : {});
      return c.redirect(`/quiz/attempts/${started.attemptId}/1`, 303);
    } catch (err) {
      if (!isBadInput(err)) throw err;
      const history = await api.quiz.history();
      return render(
        c,
        <QuizStartPage last={history.at(-1)} count={history.length} error={firstMessage(err)} seed={seed} />,
        statusOf('bad-input'),
      );
    }
  });

  app.get('/quiz/progress', async (c) => {
    const [attempts, profile] = [await api.quiz.history(), await api.profile.get()];
    return render(c, <QuizProgressPage attempts={attempts} timeZone={profile.timeZone} />);
  });

  app.get('/quiz/attempts/:id', async (c) => {
    const id = c.req.param('id');
    const progress = await api.quiz.progress(id);
    if (progress.status === 'in-progress') {
      const open = progress.questions.findIndex((q) => (progress.answers[q.id] ?? []).length === 0);
      return c.redirect(`/quiz/attempts/${id}/${open < 0 ? progress.questions.length : open + 1}`, 303);
    }
    return render(c, <QuizResultPage result={await api.quiz.result(id)} />);
  });

  app.get('/quiz/attempts/:id/:n{[0-9]+}', async (c) => {
    const id = c.req.param('id');
    const progress = await api.quiz.progress(id);
    if (progress.status === 'completed') return c.redirect(`/quiz/attempts/${id}`, 303);
    const index = Number(c.req.param('n')) - 1;
    if (!progress.questions[index]) return c.notFound();
    return render(c, <QuizQuestionPage progress={progress} index={index} />);
  });

  app.post('/quiz/attempts/:id/:n{[0-9]+}', async (c) => {
    const id = c.req.param('id');
    const progress = await api.quiz.progress(id);
    if (progress.status === 'completed') return c.redirect(`/quiz/attempts/${id}`, 303);
    const index = Number(c.req.param('n')) - 1;
    const question = progress.questions[index];
    if (!question) return c.notFound();
    const body = await c.req.parseBody({ all: true });
    const raw = body.choice;
    const chosen = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (v): v is string => typeof v === 'string',
    );
    try {
      await api.quiz.answer(id, question.id, chosen);
    } catch (err) {
      if (!isBadInput(err)) throw err;
      const kept = { ...progress, answers: { ...progress.answers, [question.id]: [] } };
      return render(
        c,
        <QuizQuestionPage progress={kept} index={index} error={firstMessage(err)} />,
        statusOf('bad-input'),
      );
    }
    if (index + 1 < progress.questions.length) return c.redirect(`/quiz/attempts/${id}/${index + 2}`, 303);
    await api.quiz.finish(id);
    return c.redirect(`/quiz/attempts/${id}`, 303);
  });

  return app;
}

import { z } from 'zod';
import { defineButton } from '../../components/define-component.ts';
import { lockInAnswer } from './lock-in-answer.ts';

/** `quiz:answer:v1:<roundId>:<choice>`: a member's answer to a channel round, confirmed privately. */
export const answerButton = defineButton({
  name: 'quiz:answer',
  version: 1,
  params: { roundId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), choice: z.coerce.number().int().min(0).max(9) },
  response: 'ephemeral',
  handle: lockInAnswer,
});

export const answerButtonIds = (roundId: string) => (choice: number) => answerButton.id({ roundId, choice });

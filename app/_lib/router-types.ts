// What the procedures return, for props passed from server components to client components.
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/trpc/root';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export type TExerciseListItem = RouterOutputs['exercises']['find'][number];
export type TCoupleHomework = RouterOutputs['homework']['forCouple'];
export type THomeworkItem = TCoupleHomework['items'][number];
export type THomeworkSlot = THomeworkItem['slots'][number];
export type THomeworkPartner = TCoupleHomework['partners'][number];

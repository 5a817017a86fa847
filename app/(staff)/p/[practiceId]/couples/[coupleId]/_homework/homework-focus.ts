// After an action changes or removes its own controls, keyboard focus goes back to the card's
// heading, which stays in place while the page refreshes around it.
export const homeworkHeadingId = (assignmentId: string) => `homework-${assignmentId}`;

export function focusHomework(assignmentId: string) {
  document.getElementById(homeworkHeadingId(assignmentId))?.focus();
}

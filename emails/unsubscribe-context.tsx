// The unsubscribe link of the message being rendered, when it is a nudge its recipient can turn
// off. Given by the renderer so no template has to pass it along.
import { createContext } from 'react';

export const UnsubscribeUrl = createContext<string | undefined>(undefined);

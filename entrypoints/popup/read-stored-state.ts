import { readStoredPopupState } from '../../utils/popup/stored-popup-state';

// main.tsx imports this module first, so it is evaluated before React, zod and the popup's own modules. On the
// first open in a browser profile evaluating those takes ~100-150 ms (V8 compiles them); the storage read
// happens meanwhile instead of after it. A change made while it is on its way is corrected by the background's
// own answer, which the popup asks for too (components/popup/use-network-query.ts).
export const storedStateRead = readStoredPopupState();

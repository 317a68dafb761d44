import { z } from 'zod';

// Extension pages forbid eval; zod would otherwise probe `new Function` (a CSP violation in the console)
// before falling back to the same checks without code generation.
z.config({ jitless: true });

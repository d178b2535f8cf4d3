// Standalone runner for the inline docs benchmark: prints one JSON object (see bench/inlineBench.ts).
import { measureInline } from './inlineBench';

process.stdout.write(JSON.stringify(measureInline()) + '\n');

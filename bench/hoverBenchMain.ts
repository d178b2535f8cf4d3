// Standalone runner for the result-hover benchmark: prints one JSON object (see bench/hoverBench.ts).
import { measureResultHover } from './hoverBench';

process.stdout.write(JSON.stringify(measureResultHover()) + '\n');

// How each UI suite runs from the command line: as one end-to-end test, ending with the count line CI adds up across
// suites.
import { describeFailure } from '../../tools/workbench/commandLine';

export function runAsOneTest(main: () => Promise<number>, step: (line: string) => void, usage: string): void {
  main().then(
    (code) => {
      console.log(code === 0 ? '1 passed, 0 failed' : '0 passed, 1 failed');
      process.exitCode = code;
    },
    (error: unknown) => {
      step(`FAILED: ${describeFailure(error, usage)}`);
      console.log('0 passed, 1 failed');
      process.exitCode = 1;
    },
  );
}

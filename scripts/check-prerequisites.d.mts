/** Types for check-prerequisites.mjs, which is plain JavaScript so that it starts fast. */
export declare const MIN_NODE_MAJOR: number;
export declare const DEFAULT_CHROMIUM: string;

export interface Machine {
  nodeVersion: string;
  chromiumPath: string;
  projectDir: string;
  sharedDir: string;
  isExecutable?: (path: string) => boolean;
  exists?: (path: string) => boolean;
}

export declare function checkPrerequisites(machine: Machine): {
  ok: boolean;
  problems: string[];
  notes: string[];
};

/** What Coursewright keeps of an imported package's imsmanifest.xml (stored as JSON with the package). */

export type ScormVersion = 'scorm12' | 'scorm2004-3rd' | 'scorm2004-4th';

export interface ManifestItem {
  readonly identifier: string;
  readonly title: string;
  /** Resource this item launches (absent for pure grouping items). */
  readonly resourceId: string | null;
  readonly parameters: string | null;
  readonly visible: boolean;
  /** 1.2 `adlcp:masteryscore` (0–100). */
  readonly masteryScore: number | null;
  /** 2004 primary objective `imsss:minNormalizedMeasure` when it is satisfied by measure (−1…1). */
  readonly scaledPassingScore: number | null;
  /** 2004 `adlcp:completionThreshold` (0…1). */
  readonly completionThreshold: number | null;
  /** `adlcp:datafromlms` / `adlcp:dataFromLMS`, verbatim. */
  readonly launchData: string | null;
  /** 1.2 `adlcp:maxtimeallowed` (CMITimespan) or 2004 `attemptAbsoluteDurationLimit` (ISO 8601). */
  readonly maxTimeAllowed: string | null;
  /** `adlcp:timelimitaction` / `adlcp:timeLimitAction`, e.g. `exit,message`. */
  readonly timeLimitAction: string | null;
  readonly children: readonly ManifestItem[];
}

export interface ManifestOrganization {
  readonly identifier: string;
  readonly title: string;
  readonly items: readonly ManifestItem[];
}

export interface ManifestResource {
  readonly identifier: string;
  readonly type: string;
  /** 'sco' talks to the LMS API; 'asset' does not. */
  readonly scormType: 'sco' | 'asset';
  /** Package-relative href with every xml:base applied (no parameters), or null when the resource has none. */
  readonly href: string | null;
  readonly files: readonly string[];
  readonly dependencies: readonly string[];
}

/** One launchable leaf in table-of-contents order. */
export interface LaunchableSco {
  readonly itemId: string;
  readonly title: string;
  readonly resourceId: string;
  readonly scormType: 'sco' | 'asset';
  /** Package-relative URL to open: path plus the item's parameters (query and/or fragment). */
  readonly launchUrl: string;
  /** The file part of `launchUrl`, decoded, for existence checks. */
  readonly launchPath: string;
  readonly depth: number;
  readonly masteryScore: number | null;
  readonly scaledPassingScore: number | null;
  readonly completionThreshold: number | null;
  readonly launchData: string | null;
  readonly maxTimeAllowed: string | null;
  readonly timeLimitAction: string | null;
}

export interface ScormManifest {
  readonly version: ScormVersion;
  /** `<schemaversion>` as written, if any. */
  readonly schemaVersion: string | null;
  readonly identifier: string;
  readonly title: string;
  readonly defaultOrganizationId: string | null;
  readonly organizations: readonly ManifestOrganization[];
  readonly resources: readonly ManifestResource[];
  /** Launchable items of the default organization, in order. */
  readonly scos: readonly LaunchableSco[];
  /** Non-conformances that were tolerated, for the import report. */
  readonly warnings: readonly string[];
}

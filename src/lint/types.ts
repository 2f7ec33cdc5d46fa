export type Severity = 'error' | 'warning';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Kind/namespace/name */
  object: string;
  file: string;
  line?: number;
  message: string;
}

export type RuleId =
  | 'route-weights'
  | 'route-subset-defined'
  | 'route-host-exists'
  | 'subset-selects-pods'
  | 'unrouted-subset-selects-pods'
  | 'subset-labels-unique'
  | 'service-selects-pods'
  | 'service-port-protocol'
  | 'container-resources'
  | 'readiness-probe'
  | 'liveness-after-readiness'
  | 'hpa-target-exists'
  | 'hpa-target-replicas'
  | 'hpa-min-max'
  | 'deployment-selector'
  | 'selectors-disjoint'
  | 'image-pinned'
  | 'schema';

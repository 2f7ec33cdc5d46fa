/** Prometheus's duration syntax (`10m`, `1h30m`, `90s`), or 0. */
export declare const DURATION_PATTERN = "^(0|([0-9]+(ms|s|m|h|d|w|y))+)$";
/** A Kubernetes label value: what Istio's destination labels can hold, and so all a query may be given. */
export declare const LABEL_VALUE_PATTERN = "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$";
export declare const gatesSchema: {
    $schema: string;
    $id: string;
    title: string;
    type: string;
    additionalProperties: boolean;
    properties: {
        $schema: {
            type: string;
        };
        gates: {
            type: string;
            description: string;
            propertyNames: {
                pattern: string;
            };
            additionalProperties: {
                type: string;
                additionalProperties: boolean;
                properties: {
                    metric: {
                        type: string;
                        pattern: string;
                        description: string;
                    };
                    feature: {
                        type: string;
                        pattern: string;
                        description: string;
                    };
                    min: {
                        type: string;
                        description: string;
                    };
                    max: {
                        type: string;
                        description: string;
                    };
                    max_drop: {
                        description: string;
                        type: string;
                        minimum: number;
                    };
                    max_drop_relative: {
                        description: string;
                        type: string;
                        minimum: number;
                    };
                    max_increase: {
                        description: string;
                        type: string;
                        minimum: number;
                    };
                    max_increase_relative: {
                        description: string;
                        type: string;
                        minimum: number;
                    };
                    not_worse: {
                        type: string;
                        additionalProperties: boolean;
                        description: string;
                        properties: {
                            alpha: {
                                type: string;
                                exclusiveMinimum: number;
                                maximum: number;
                                description: string;
                            };
                        };
                    };
                    confidence: {
                        enum: (0.9 | 0.95 | 0.99)[];
                        description: string;
                    };
                    direction: {
                        enum: string[];
                        description: string;
                    };
                    severity: {
                        enum: string[];
                        description: string;
                    };
                    description: {
                        type: string;
                        maxLength: number;
                    };
                };
            };
        };
        confidence: {
            enum: (0.9 | 0.95 | 0.99)[];
            description: string;
        };
        canary: {
            type: string;
            additionalProperties: boolean;
            properties: {
                steps: {
                    type: string;
                    description: string;
                    minItems: number;
                    items: {
                        type: string;
                        minimum: number;
                        maximum: number;
                    };
                };
                analysis: {
                    type: string;
                    additionalProperties: boolean;
                    required: string[];
                    description: string;
                    properties: {
                        prometheus: {
                            type: string;
                            pattern: string;
                            maxLength: number;
                            description: string;
                        };
                        namespace: {
                            type: string;
                            minLength: number;
                            maxLength: number;
                            pattern: string;
                            description: string;
                        };
                        app: {
                            type: string;
                            minLength: number;
                            maxLength: number;
                            pattern: string;
                            description: string;
                        };
                        'stable-version': {
                            type: string;
                            minLength: number;
                            maxLength: number;
                            pattern: string;
                            description: string;
                        };
                        'canary-version': {
                            type: string;
                            minLength: number;
                            maxLength: number;
                            pattern: string;
                            description: string;
                        };
                        window: {
                            type: string[];
                            pattern: string;
                            minimum: number;
                            maximum: number;
                            description: string;
                        };
                        interval: {
                            type: string[];
                            pattern: string;
                            minimum: number;
                            maximum: number;
                            description: string;
                        };
                        duration: {
                            type: string[];
                            pattern: string;
                            minimum: number;
                            maximum: number;
                            description: string;
                        };
                        timeout: {
                            type: string[];
                            pattern: string;
                            minimum: number;
                            maximum: number;
                            description: string;
                        };
                        'failure-limit': {
                            type: string;
                            minimum: number;
                            maximum: number;
                            description: string;
                        };
                        'min-requests': {
                            type: string;
                            minimum: number;
                            description: string;
                        };
                        metrics: {
                            type: string;
                            minProperties: number;
                            description: string;
                            propertyNames: {
                                pattern: string;
                            };
                            additionalProperties: {
                                type: string;
                                additionalProperties: boolean;
                                properties: {
                                    query: {
                                        type: string;
                                        minLength: number;
                                        maxLength: number;
                                        description: string;
                                    };
                                    metric: {
                                        type: string;
                                        pattern: string;
                                        description: string;
                                    };
                                    min: {
                                        type: string;
                                        description: string;
                                    };
                                    max: {
                                        type: string;
                                        description: string;
                                    };
                                    max_drop: {
                                        description: string;
                                        type: string;
                                        minimum: number;
                                    };
                                    max_drop_relative: {
                                        description: string;
                                        type: string;
                                        minimum: number;
                                    };
                                    max_increase: {
                                        description: string;
                                        type: string;
                                        minimum: number;
                                    };
                                    max_increase_relative: {
                                        description: string;
                                        type: string;
                                        minimum: number;
                                    };
                                    direction: {
                                        enum: string[];
                                        description: string;
                                    };
                                    severity: {
                                        enum: string[];
                                        description: string;
                                    };
                                    description: {
                                        type: string;
                                        maxLength: number;
                                    };
                                };
                            };
                        };
                    };
                };
            };
        };
    };
};

export declare const BOUND_KEYS: readonly ["min", "max", "max_drop", "max_drop_relative", "max_increase", "max_increase_relative"];
export type BoundKey = (typeof BOUND_KEYS)[number];
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
            };
        };
    };
};

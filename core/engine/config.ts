import { z } from 'zod';
import { LangSchema, SeveritySchema } from '../model/finding.ts';

/** Per-rule setting: 'off', a severity, or severity plus options. Keys are rule ids. */
export const RuleSettingSchema = z.union([
  z.literal('off'),
  SeveritySchema,
  z.object({
    severity: z.union([SeveritySchema, z.literal('off')]).optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  }),
]);
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

export const RulesConfigSchema = z.record(z.string(), RuleSettingSchema);
export type RulesConfig = z.infer<typeof RulesConfigSchema>;

export const SettingsSchema = z.object({
  lang: LangSchema.default('zh-CN'),
  rules: RulesConfigSchema.default({}),
});
export type Settings = z.infer<typeof SettingsSchema>;

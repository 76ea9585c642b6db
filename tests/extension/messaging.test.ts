import { describe, expect, it } from 'vitest';
import { BackgroundRequestSchema, BroadcastSchema, ContentRequestSchema } from '../../extension/messaging.ts';

describe('message schemas', () => {
  it('accept the protocol and reject anything else', () => {
    expect(BackgroundRequestSchema.safeParse({ type: 'reviews/get', reportKey: 'u#h' }).success).toBe(true);
    expect(BackgroundRequestSchema.safeParse({ type: 'handoff/open', ids: [] }).success).toBe(false);
    expect(BackgroundRequestSchema.safeParse({ type: 'captures/delete', ids: 'x' }).success).toBe(false);
    expect(BackgroundRequestSchema.safeParse({ type: 'broadcast/selected', key: 'k' }).success).toBe(false);
    expect(ContentRequestSchema.safeParse({ type: 'content/step', delta: 2 }).success).toBe(false);
    expect(ContentRequestSchema.safeParse({ type: 'content/step', delta: -1 }).success).toBe(true);
    expect(BroadcastSchema.safeParse({ type: 'broadcast/selected', key: 'k' }).success).toBe(true);
  });
});

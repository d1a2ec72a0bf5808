import { describe, expect, it } from 'vitest';
import { channels, events } from '../../../shared';
import { CHANNEL_NAME_LIST, EVENT_NAME_LIST } from '../../../shared/contract/names';

describe('zod-free contract name lists', () => {
  it('lists exactly the contract channels, in order', () => {
    expect([...CHANNEL_NAME_LIST]).toEqual(Object.keys(channels));
  });
  it('lists exactly the contract events, in order', () => {
    expect([...EVENT_NAME_LIST]).toEqual(Object.keys(events));
  });
});

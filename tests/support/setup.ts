// Unit tests run as the one writer of stored data (the service worker's role, storage/writer.ts); the writer's own
// test turns it off to check that other contexts are refused.
import { beforeEach } from 'vitest';
import { becomeWriter } from '../../storage/writer';

beforeEach(() => becomeWriter(true));

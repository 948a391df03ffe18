// The memory backend is the one that runs on servers: prove the contract under Node too.
import { memoryStore } from './memory.js';
import { runBackendContract } from './contract.test-suite.js';

runBackendContract('memory (Node)', () => memoryStore());

/**
 * Crash-test writer, "library" flavour: opens the visit exactly as the app does (VisitLibrary + SafetyService:
 * writer lock, quick_check, migrations, WAL + synchronous=FULL from openSqlite), then writes until killed.
 * Used for the kills that land during start-up (opening, checking, taking over the stale lock).
 */
import { VisitLibrary } from '../../src/main/services/visit-library';
import { SettingsStore } from '../../src/main/services/settings';
import { SafetyService } from '../../src/main/services/safety/safety-service';
import { systemClock } from '../../src/main/util/clock';
import { waitForGo, writeForever } from './crash-loop';

const [dataDir, visitId] = process.argv.slice(2) as [string, string];
await waitForGo();
const safety = new SafetyService(dataDir, new SettingsStore(dataDir), systemClock);
const library = new VisitLibrary(dataDir, systemClock, safety.hooks);
safety.attach(library);
writeForever(library.get(visitId).sqlite);

import { Module } from '@nestjs/common';
import { DASHBOARD_DIR, DashboardController, VENDOR_FILES } from './dashboard.controller';
import { findDashboardDir, resolveVendorFiles } from './dashboard-files';
import { DomainModules, findDomainSourceDir } from './domain-modules';

/** Serves the web dashboard (`apps/dashboard/`) at `/`. Fails at start-up, naming what is missing, rather than serving a broken page. */
@Module({
  controllers: [DashboardController],
  providers: [
    { provide: DASHBOARD_DIR, useFactory: () => findDashboardDir(__dirname) },
    { provide: VENDOR_FILES, useFactory: () => resolveVendorFiles() },
    { provide: DomainModules, useFactory: () => new DomainModules(findDomainSourceDir(__dirname)) },
  ],
})
export class DashboardModule {}

/**
 * Hash routing: the desktop window loads the app from the app:// protocol,
 * where only the fragment can change without a request.
 */
import { createHashRouter } from 'react-router';
import { AccessibilityStatementPage } from '../pages/accessibility/AccessibilityStatementPage';
import { AidsPage } from '../pages/aids/AidsPage';
import { ConventionPage } from '../pages/convention/ConventionPage';
import { ConventionsPage } from '../pages/conventions/ConventionsPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { EmployeesPage } from '../pages/employees/EmployeesPage';
import { EmployersPage } from '../pages/employers/EmployersPage';
import { EstablishmentsPage } from '../pages/establishments/EstablishmentsPage';
import { ExchangesPage } from '../pages/exchanges/ExchangesPage';
import { LotPage } from '../pages/exchanges/LotPage';
import { InstructPage } from '../pages/instruct/InstructPage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { ObligationsPage } from '../pages/obligations/ObligationsPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { StaffPage } from '../pages/staff/StaffPage';
import { StaffPersonPage } from '../pages/staff/StaffPersonPage';
import { RouteError } from './errors/RouteError';
import { AppLayout } from './layout/AppLayout';

export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <DashboardPage /> },
        { path: 'conventions', element: <ConventionsPage /> },
        // One page for a new convention and its draft: the first save moves the address without a new form.
        { element: <InstructPage />, children: [{ path: 'conventions/nouvelle' }, { path: 'conventions/brouillon/:id' }] },
        { path: 'conventions/:id', element: <ConventionPage /> },
        { path: 'employeurs', element: <EmployersPage /> },
        { path: 'salaries', element: <EmployeesPage /> },
        // The employer workspace's own: its profile and establishments, its staff and each person's timeline.
        { path: 'etablissements', element: <EstablishmentsPage /> },
        { path: 'personnel', element: <StaffPage /> },
        { path: 'personnel/:id', element: <StaffPersonPage /> },
        // The employer's aid: expected beside received, exempted base, « Et si… ».
        { path: 'aides', element: <AidsPage /> },
        // The employer's obligations across its conventions, due dates first.
        { path: 'obligations', element: <ObligationsPage /> },
        { path: 'echanges', element: <ExchangesPage /> },
        { path: 'echanges/:lotId', element: <LotPage /> },
        { path: 'parametres', element: <SettingsPage /> },
        // RGAA's « Déclaration d’accessibilité », linked under the navigation.
        { path: 'accessibilite', element: <AccessibilityStatementPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}

/**
 * GENERATED from the API's OpenAPI document by scripts/openapi/generate-web-types.mjs: do not edit.
 * Regenerate with `npm run openapi:types`; CI runs `npm run openapi:check` and fails on drift.
 */

export interface paths {
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_calendar"];
        put?: never;
        post: operations["AppointmentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AppointmentsController_changeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/by-client/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_ofClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/by-vehicle/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AppointmentsController_ofVehicle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditEventsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email/change/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EmailChangeController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EmailVerificationController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_loginMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PasswordResetController_forgot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PasswordResetController_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BrowserSessionController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["BrowserSessionController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/switch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["WorkshopSwitchController_switch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClientsController_list"];
        put?: never;
        post: operations["ClientsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClientsController_get"];
        put?: never;
        post?: never;
        delete: operations["ClientsController_delete"];
        options?: never;
        head?: never;
        patch: operations["ClientsController_update"];
        trace?: never;
    };
    "/api/v1/clients/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClientsController_duplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClientsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ClientsController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ClientsController_vehiclesOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvoicesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvoicesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/credit-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InvoicesController_creditNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InvoicesController_markPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvoicesController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MailLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MeController_update"];
        trace?: never;
    };
    "/api/v1/me/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyClockController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EmailChangeController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/email/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EmailVerificationController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MfaController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MfaController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MfaController_setup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MySessionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["MySessionsController_end"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OperatorAuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OperatorAuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OperatorAuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OperatorPlatformController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OperatorMeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OperatorPlatformController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OperatorTenantsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/tenants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OperatorTenantsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/tenants/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OperatorTenantsController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/tenants/{id}/resend-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OperatorTenantsController_resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/tenants/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OperatorTenantsController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartsController_list"];
        put?: never;
        post: operations["PartsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartsController_get"];
        put?: never;
        post?: never;
        delete: operations["PartsController_delete"];
        options?: never;
        head?: never;
        patch: operations["PartsController_update"];
        trace?: never;
    };
    "/api/v1/parts/{id}/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartsController_movements"];
        put?: never;
        post: operations["PartsController_recordMovement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parts/low-stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartsController_lowStock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bookings/calendar-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicBookingController_calendarFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bookings/manage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicBookingController_manage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/bookings/view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicBookingController_view"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/estimates/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicEstimatesController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/estimates/view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicEstimatesController_view"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/workshops/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicBookingController_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/workshops/{slug}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicBookingController_availability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/workshops/{slug}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PublicBookingController_book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RepairOrdersController_list"];
        put?: never;
        post: operations["RepairOrdersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RepairOrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["RepairOrdersController_update"];
        trace?: never;
    };
    "/api/v1/repair-orders/{id}/estimates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EstimatesController_list"];
        put?: never;
        post: operations["EstimatesController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-orders/{id}/estimates/{version}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EstimatesController_recordApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-orders/{id}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrderInvoiceController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-orders/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RepairOrdersController_addLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-orders/{id}/lines/{lineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["RepairOrdersController_removeLine"];
        options?: never;
        head?: never;
        patch: operations["RepairOrdersController_updateLine"];
        trace?: never;
    };
    "/api/v1/repair-orders/{id}/lines/{lineId}/clock/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrderTimeController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-orders/{id}/lines/{lineId}/clock/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrderTimeController_stop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-orders/{id}/lines/{lineId}/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrderTimeController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-orders/{id}/mechanics/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["OrderMechanicsController_assign"];
        post?: never;
        delete: operations["OrderMechanicsController_unassign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-orders/{id}/time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrderTimeController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-orders/{id}/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrderTimeController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-orders/{id}/time-entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["OrderTimeController_remove"];
        options?: never;
        head?: never;
        patch: operations["OrderTimeController_correct"];
        trace?: never;
    };
    "/api/v1/repair-orders/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RepairOrdersController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/repair-orders/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RepairOrdersController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/mechanic-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Labour hours sold vs hours clocked per mechanic
         * @description `from` and `to` are local dates in the workshop time zone, both included, at most 366 days apart; money is what invoices issued in the range say, credit notes subtracted.
         */
        get: operations["ReportsController_mechanicHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/open-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders not yet final, by status, with count and value (a snapshot now) */
        get: operations["ReportsController_openOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/revenue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revenue (net, VAT, gross, by VAT rate), labour/parts/fees, cars, average order
         * @description `from` and `to` are local dates in the workshop time zone, both included, at most 366 days apart; money is what invoices issued in the range say, credit notes subtracted.
         */
        get: operations["ReportsController_revenueReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/revenue-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Revenue (net, VAT, gross) per day, ISO week or month of the range, empty buckets included
         * @description `from` and `to` are local dates in the workshop time zone, both included, at most 366 days apart; money is what invoices issued in the range say, credit notes subtracted. Buckets are cut at the range's ends and add up to /reports/revenue.
         */
        get: operations["ReportsController_revenueSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/top-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Clients by gross invoiced
         * @description `from` and `to` are local dates in the workshop time zone, both included, at most 366 days apart; money is what invoices issued in the range say, credit notes subtracted.
         */
        get: operations["ReportsController_topClients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/top-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Labour and fees by net invoiced, grouped by description
         * @description `from` and `to` are local dates in the workshop time zone, both included, at most 366 days apart; money is what invoices issued in the range say, credit notes subtracted.
         */
        get: operations["ReportsController_topServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SearchController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ServicesController_list"];
        put?: never;
        post: operations["ServicesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ServicesController_update"];
        trace?: never;
    };
    "/api/v1/settings/invoicing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvoicingSettingsController_get"];
        put: operations["InvoicingSettingsController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ScheduleSettingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ScheduleSettingsController_update"];
        trace?: never;
    };
    "/api/v1/settings/security": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SecuritySettingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SecuritySettingsController_update"];
        trace?: never;
    };
    "/api/v1/settings/workshop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WorkshopProfileController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["WorkshopProfileController_update"];
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffController_list"];
        put?: never;
        post: operations["InvitationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffController_get"];
        put?: never;
        post?: never;
        delete: operations["StaffController_remove"];
        options?: never;
        head?: never;
        patch: operations["StaffController_changeRole"];
        trace?: never;
    };
    "/api/v1/staff/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvitationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["InvitationsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/invitations/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["InvitationsController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VehiclesController_list"];
        put?: never;
        post: operations["VehiclesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VehiclesController_get"];
        put?: never;
        post?: never;
        delete: operations["VehiclesController_delete"];
        options?: never;
        head?: never;
        patch: operations["VehiclesController_update"];
        trace?: never;
    };
    "/api/v1/vehicles/{id}/mileage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VehiclesController_mileageHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/{id}/vin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VehiclesController_vin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vehicles/recent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["VehiclesController_recent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptInvitationDto: {
            /**
             * @description The name for a new account (an existing one keeps its own)
             * @example Marek Nowak
             */
            name: string;
            /** @description A new password (at least 12 characters, not a common one), or the password of the existing account with this address */
            password: string;
            /** @description The token from the invitation link */
            token: string;
        };
        AddLineDto: {
            /**
             * @description Required unless partId is given
             * @example Replace front brake pads
             */
            description?: string;
            kind: components["schemas"]["LineKind"];
            /**
             * Format: uuid
             * @description kind "labour" only: the mechanic who answers for it; must be assigned to the order
             */
            mechanicUserId?: string;
            /**
             * Format: uuid
             * @description kind "part" only: a part of the inventory
             */
            partId?: string;
            /**
             * @description Hours (labour) or units, at most two decimals
             * @example 1.5
             */
            quantity: number;
            /**
             * @description Net, minor units; required unless partId is given
             * @example 18000
             */
            unitPriceMinor?: number;
            /**
             * @description Basis points; required unless partId is given
             * @example 2300
             */
            vatRateBp?: number;
        };
        AddTimeEntryDto: {
            /** @example Forgot to clock the brake job on Monday */
            reason: string;
            /**
             * @description An instant with its offset
             * @example 2026-03-30T08:00:00Z
             */
            startedAt: string;
            /**
             * @description An instant with its offset, after startedAt
             * @example 2026-03-30T09:15:00+02:00
             */
            stoppedAt: string;
            /**
             * Format: uuid
             * @description The mechanic; must be assigned to the order
             */
            userId: string;
        };
        AppointmentLineResponse: {
            durationMinutes: number;
            name: string;
            priceMinor: number;
            /** Format: uuid */
            serviceId: string;
            vatRateBp: number;
        };
        /** @enum {string} */
        AppointmentListWhen: "upcoming" | "past";
        AppointmentPageResponse: {
            items: components["schemas"]["AppointmentResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        AppointmentResponse: {
            bay: number;
            /** @description What the customer wrote when cancelling online */
            cancellationReason: string | null;
            /** Format: uuid */
            clientId: string;
            /** Format: date-time */
            createdAt: string;
            /** @example 2026-03-30T09:00:00+02:00 */
            endsAt: string;
            /** Format: uuid */
            id: string;
            notes: string | null;
            services: components["schemas"]["AppointmentLineResponse"][];
            source: components["schemas"]["AppointmentSource"];
            /** @example 2026-03-30T08:00:00+02:00 */
            startsAt: string;
            status: components["schemas"]["AppointmentStatus"];
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            vehicleId: string | null;
        };
        /** @enum {string} */
        AppointmentSource: "online" | "staff";
        /** @enum {string} */
        AppointmentStatus: "requested" | "confirmed" | "checked_in" | "no_show" | "cancelled" | "completed";
        AuditEventPageResponse: {
            items: components["schemas"]["AuditEventResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        AuditEventResponse: {
            /** @example vehicle.updated */
            action: string;
            /**
             * Format: uuid
             * @description null when no signed-in person acted (public pages, background jobs)
             */
            actorUserId: string | null;
            /**
             * @example [
             *       "plate",
             *       "mileageKm"
             *     ]
             */
            changedFields: string[];
            /** Format: uuid */
            entityId: string;
            /** @example vehicle */
            entityType: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
        };
        AvailabilityResponse: {
            durationMinutes: number;
            from: string;
            slots: components["schemas"]["SlotResponse"][];
            /** @example Europe/Warsaw */
            timeZone: string;
            to: string;
        };
        BayLaneResponse: {
            appointments: components["schemas"]["CalendarAppointmentResponse"][];
            bay: number;
            /** @description The name the schedule gives the bay; null for a bay the schedule no longer has */
            name: string | null;
        };
        BoardCardResponse: {
            /** @description Where the caller may move it (their role counted); invoiced and paid never: invoices do that */
            allowedTransitions: components["schemas"]["RepairOrderStatus"][];
            /** @description null once the client was erased */
            clientName: string | null;
            /** @description A clock is running on one of its lines */
            clockRunning: boolean;
            createdAt: string;
            /** Format: uuid */
            id: string;
            make: string;
            mechanics: components["schemas"]["OrderMechanicResponse"][];
            model: string;
            /** @example 1042 */
            number: number;
            /** @description The newest estimate waits for the customer's decision */
            pendingApproval: boolean;
            plate: string | null;
            /** @description When the car was promised back */
            promisedAt: string | null;
            status: components["schemas"]["RepairOrderStatus"];
            statusChangedAt: string;
            /** Format: uuid */
            vehicleId: string;
            /** @description The order waits for parts (its status is waiting_parts) */
            waitingParts: boolean;
        };
        BoardColumnResponse: {
            /** @description The latest status changes first */
            cards: components["schemas"]["BoardCardResponse"][];
            /** @description Orders matching in this status (may exceed the cards sent) */
            count: number;
            status: components["schemas"]["RepairOrderStatus"];
        };
        /** @enum {string} */
        BoardDateField: "promised" | "created";
        BookingCustomerDto: {
            /** @example lukasz.nowak@example.pl */
            email: string;
            /** @example Łukasz */
            firstName: string;
            /** @example Nowak */
            lastName: string;
            /** @example +48 601 234 567 */
            phone: string;
        };
        BookingTokenDto: {
            /** @description The signed token of the manage link (it names the workshop); sent in the body, never in a URL */
            token: string;
        };
        BookingVehicleDto: {
            /** @example Volkswagen */
            make?: string;
            /** @example Golf */
            model?: string;
            /** @example WA 12345 */
            plate: string;
            /**
             * @description Stored encrypted
             * @example WVWZZZ1JZXW000001
             */
            vin?: string;
        };
        CalendarAppointmentResponse: {
            bay: number;
            /** @description What the customer wrote when cancelling online */
            cancellationReason: string | null;
            /** Format: uuid */
            clientId: string;
            /**
             * @description The client's first and last name
             * @example Anna Kowalska
             */
            clientName: string;
            /** Format: date-time */
            createdAt: string;
            /** @example 2026-03-30T09:00:00+02:00 */
            endsAt: string;
            /** Format: uuid */
            id: string;
            notes: string | null;
            services: components["schemas"]["AppointmentLineResponse"][];
            source: components["schemas"]["AppointmentSource"];
            /** @example 2026-03-30T08:00:00+02:00 */
            startsAt: string;
            status: components["schemas"]["AppointmentStatus"];
            /** Format: date-time */
            updatedAt: string;
            vehicle: components["schemas"]["CalendarVehicleResponse"] | null;
            /** Format: uuid */
            vehicleId: string | null;
        };
        CalendarDayResponse: {
            /** @description A closed date of the workshop */
            closed: boolean;
            /** @example 2026-03-30 */
            date: string;
            /** @description Empty on a closed date or a day without hours */
            open: components["schemas"]["OpenRangeResponse"][];
        };
        CalendarResponse: {
            /** @description Each day of the range, in order */
            days: components["schemas"]["CalendarDayResponse"][];
            /** @example 2026-03-30 */
            from: string;
            /** @description One lane per bay, appointments by start */
            lanes: components["schemas"]["BayLaneResponse"][];
            /**
             * @description The slot grid a move snaps to
             * @example 30
             */
            slotMinutes: number;
            /** @example Europe/Warsaw */
            timeZone: string;
            /** @example 2026-04-05 */
            to: string;
        };
        CalendarVehicleResponse: {
            /** @example Skoda */
            make: string;
            /** @example Octavia */
            model: string;
            /** @example WA 12345 */
            plate: string | null;
        };
        CancelBookingAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "cancel";
            /** @description Why, in the customer’s words */
            reason?: string;
            /** @description The signed token of the manage link (it names the workshop); sent in the body, never in a URL */
            token: string;
        };
        ChangeEmailDto: {
            /**
             * @description Receives the confirmation link
             * @example anna.kowalska@example.pl
             */
            newEmail: string;
            /** @description The current password */
            password: string;
        };
        ChangeRoleDto: {
            role: components["schemas"]["Role"];
        };
        ChangeStatusDto: {
            status: components["schemas"]["AppointmentStatus"];
        };
        ClientDuplicateResponse: {
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            firstName: string;
            /** Format: date-time */
            gdprConsentAt: string | null;
            /** @description Whether a national id is on file (shown to every role) */
            hasNationalId: boolean;
            /** Format: uuid */
            id: string;
            lastName: string;
            /** @description What matched, strongest first */
            matchedOn: components["schemas"]["DuplicateMatch"][];
            /** @description Decrypted for owners and managers only */
            nationalId?: string | null;
            notes: string | null;
            /** @example +48601234567 */
            phone: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        ClientExportControllerResponse: {
            name: string;
            /** Format: uuid */
            workshopId: string;
        };
        ClientExportResponse: {
            /** @description About the client and their vehicles, oldest first */
            auditEvents: components["schemas"]["AuditEventResponse"][];
            client: components["schemas"]["ClientResponse"];
            controller: components["schemas"]["ClientExportControllerResponse"];
            /** Format: date-time */
            exportedAt: string;
            /** @description The vehicles' odometer readings, oldest first */
            mileageReadings: components["schemas"]["ExportedMileageReadingResponse"][];
            /** @description With their VINs in full (the export is recorded as client.exported) */
            vehicles: components["schemas"]["RevealedVehicleResponse"][];
        };
        ClientPageResponse: {
            items: components["schemas"]["ClientResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        ClientResponse: {
            /** Format: date-time */
            createdAt: string;
            email: string | null;
            firstName: string;
            /** Format: date-time */
            gdprConsentAt: string | null;
            /** @description Whether a national id is on file (shown to every role) */
            hasNationalId: boolean;
            /** Format: uuid */
            id: string;
            lastName: string;
            /** @description Decrypted for owners and managers only */
            nationalId?: string | null;
            notes: string | null;
            /** @example +48601234567 */
            phone: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        ClientSort: "lastName" | "-lastName" | "firstName" | "-firstName" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
        ClockStartResponse: {
            running: components["schemas"]["TimeEntryResponse"];
            /** @description The caller's clock that was running elsewhere and was stopped at the same instant */
            stopped: components["schemas"]["TimeEntryResponse"] | null;
        };
        ConfirmEmailChangeDto: {
            /** @description The `token` query parameter of the link mailed to the new address */
            token: string;
        };
        CorrectTimeEntryDto: {
            /** @example Forgot to stop the clock at lunch */
            reason: string;
            /**
             * @description An instant with its offset
             * @example 2026-03-30T08:00:00Z
             */
            startedAt?: string;
            /**
             * @description An instant with its offset
             * @example 2026-03-30T09:15:00Z
             */
            stoppedAt?: string;
        };
        CreateAppointmentDto: {
            /** @description A bay; the first free one when left out */
            bay?: number;
            /** Format: uuid */
            clientId: string;
            notes?: string;
            serviceIds: string[];
            /**
             * @description An instant with its offset
             * @example 2026-03-30T08:00:00+02:00
             */
            startsAt: string;
            /** Format: uuid */
            vehicleId?: string;
        };
        CreateBookingDto: {
            /** @description The customer agrees to the processing of their data for the booking */
            consent: boolean;
            customer: components["schemas"]["BookingCustomerDto"];
            serviceIds: string[];
            /**
             * @description One of the offered starts, as an instant with any offset: read in the workshop zone
             * @example 2026-03-30T08:00:00+02:00
             */
            startsAt: string;
            vehicle: components["schemas"]["BookingVehicleDto"];
        };
        CreateClientDto: {
            /** @example lukasz.nowak@example.pl */
            email?: string | null;
            /** @example Łukasz */
            firstName: string;
            /** @description The client agreed to the processing of their data; records when */
            gdprConsent?: boolean;
            /** @example Nowak */
            lastName: string;
            /**
             * @description National id (PESEL in Poland), validated by the workshop country's rules and stored encrypted; owners and managers only
             * @example 44051401359
             */
            nationalId?: string | null;
            notes?: string | null;
            /**
             * @description Stored in E.164; read in the workshop country
             * @example +48 601 234 567
             */
            phone?: string | null;
        };
        CreatedBookingResponse: {
            cancellationReason: string | null;
            /** @description Whether the customer may still cancel or move it online now */
            changeable: boolean;
            /** @description Until when the customer may cancel or move it */
            changeableUntil: string;
            durationMinutes: number;
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** @description Shown once: the key to view, move or cancel this booking */
            manageToken: string;
            manageUrl: string;
            /** @description The booked services, for the reschedule picker */
            serviceIds: string[];
            services: string[];
            startsAt: string;
            status: components["schemas"]["AppointmentStatus"];
            workshop: components["schemas"]["PublicWorkshopSummary"];
        };
        CreateInvitationDto: {
            /** @example marek@kowalski-auto.pl */
            email: string;
            /**
             * @description How the workshop knows them; they choose their own
             * @example Marek Nowak
             */
            name?: string;
            /** @description Managers may invite managers and mechanics, not owners */
            role: components["schemas"]["Role"];
        };
        CreatePartDto: {
            /** @default true */
            active?: boolean;
            /** @example Mahle */
            brand?: string | null;
            /**
             * @description Purchase cost, net, minor units
             * @example 2150
             */
            costMinor: number;
            /** @example Shelf B3 */
            location?: string | null;
            /** @example Oil filter */
            name: string;
            /**
             * @description Unique in the workshop, ignoring case, spaces and dashes
             * @example OC 90
             */
            partNumber: string;
            /**
             * @description Selling price per unit, net, minor units
             * @example 3900
             */
            priceMinor: number;
            /**
             * @description Low stock at or below this many units
             * @default 0
             * @example 5
             */
            reorderPoint?: number;
            /**
             * @description VAT rate in basis points (23 % = 2300)
             * @example 2300
             */
            vatRateBp: number;
        };
        CreateRepairOrderDto: {
            /**
             * Format: uuid
             * @description The appointment the car came in for
             */
            appointmentId?: string;
            /**
             * Format: uuid
             * @description Who brought the car; defaults to the vehicle's owner
             */
            clientId?: string;
            /** @example Squealing brakes at low speed */
            complaint?: string;
            /**
             * @description Odometer at drop-off, km
             * @example 123456
             */
            mileageIn?: number;
            notes?: string;
            /**
             * Format: date-time
             * @description When the car is promised back
             * @example 2026-12-07T15:00:00Z
             */
            promisedAt?: string;
            /** Format: uuid */
            vehicleId: string;
        };
        CreateServiceDto: {
            /** @default true */
            active?: boolean;
            /**
             * @description Customers may book it on the public page
             * @default true
             */
            bookableOnline?: boolean;
            /** @example Engine oil and filter */
            description?: string | null;
            /** @example 60 */
            durationMinutes: number;
            /** @example Oil change */
            name: string;
            /**
             * @description Gross price in minor units of the workshop currency
             * @example 25000
             */
            priceMinor: number;
            /**
             * @description VAT rate in basis points (23 % = 2300)
             * @example 2300
             */
            vatRateBp: number;
        };
        CreateVehicleDto: {
            /** @description A new client, created with the vehicle in one step */
            client?: components["schemas"]["CreateClientDto"];
            /**
             * Format: uuid
             * @description An existing client of this workshop; or send `client`
             */
            clientId?: string;
            /** @example 1.4 TSI */
            engine?: string | null;
            fuelType?: components["schemas"]["FuelType"] | null;
            /** @example Volkswagen */
            make: string;
            /** @example 154000 */
            mileageKm?: number | null;
            /** @example Golf */
            model: string;
            /** @example WA 12345 */
            plate?: string | null;
            /**
             * @description Stored encrypted; unique in the workshop
             * @example WVWZZZ1JZXW000001
             */
            vin?: string | null;
            /** @example 2014 */
            year?: number | null;
        };
        CreditNoteDto: {
            /** @example Wrong labour rate charged */
            reason: string;
        };
        DecideEstimateDto: {
            /** @description The whole estimate; or send `lines` */
            decision?: components["schemas"]["EstimateDecision"];
            /** @description The `hash` of the estimate as shown (`POST /public/estimates/view`) */
            hash: string;
            /** @description One entry per line the estimate asks about */
            lines?: components["schemas"]["LineDecisionDto"][];
            /**
             * @description The customer types their full name to sign
             * @example Jan Kowalski
             */
            signatureName: string;
            /** @description The signed token of the estimate link (it names the workshop); sent in the body, never in a URL */
            token: string;
        };
        DeleteTimeEntryDto: {
            /** @example Clocked on the wrong order */
            reason: string;
        };
        /**
         * @description What matched, strongest first
         * @enum {string}
         */
        DuplicateMatch: "email" | "phone" | "name";
        /**
         * @description The whole estimate; or send `lines`
         * @enum {string}
         */
        EstimateDecision: "approve" | "decline";
        /** @enum {string} */
        EstimateDecisionMethod: "customer" | "staff";
        EstimateDecisionResponse: {
            decidedAt: string;
            lines: components["schemas"]["LineDecisionDto"][];
            method: components["schemas"]["EstimateDecisionMethod"];
            signatureName: string;
        };
        /**
         * @description on_the_spot: frozen when staff approved it directly
         * @enum {string}
         */
        EstimateDelivery: "email" | "none" | "on_the_spot";
        EstimateLineResponse: {
            /** @description `pending`: this version asks about it; else decided before */
            approval: components["schemas"]["LineApproval"];
            description: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["LineKind"];
            netMinor: number;
            position: number;
            /** @description Hours (labour) or units */
            quantity: number;
            /** @description Net, minor units */
            unitPriceMinor: number;
            vatRateBp: number;
        };
        EstimateSnapshotResponse: {
            /** @example PLN */
            currency: string;
            issuedAt: string;
            lines: components["schemas"]["EstimateLineResponse"][];
            message: string | null;
            /** @description The lines this version asks about */
            openTotals: components["schemas"]["RepairOrderTotalsResponse"];
            /**
             * @description The repair order number; versions sent before numbers existed (schema v1) have none
             * @example 1042
             */
            orderNumber?: number;
            schema: components["schemas"]["EstimateSnapshotSchema"];
            /** @description The order if they are all approved */
            totals: components["schemas"]["RepairOrderTotalsResponse"];
            vehicle: components["schemas"]["EstimateVehicleResponse"];
            version: number;
            workshop: components["schemas"]["EstimateWorkshopResponse"];
        };
        /** @enum {string} */
        EstimateSnapshotSchema: "pitlane/estimate/v1" | "pitlane/estimate/v2";
        /** @enum {string} */
        EstimateState: "open" | "decided" | "superseded" | "expired";
        EstimateTokenDto: {
            /** @description The signed token of the estimate link (it names the workshop); sent in the body, never in a URL */
            token: string;
        };
        EstimateVehicleResponse: {
            make: string;
            model: string;
            plate: string | null;
            year: number | null;
        };
        EstimateVersionPageResponse: {
            items: components["schemas"]["EstimateVersionResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        EstimateVersionResponse: {
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            decision: components["schemas"]["StaffEstimateDecisionResponse"] | null;
            /** @description on_the_spot: frozen when staff approved it directly */
            delivery: components["schemas"]["EstimateDelivery"];
            expiresAt: string | null;
            hash: string;
            snapshot: components["schemas"]["EstimateSnapshotResponse"];
            state: components["schemas"]["EstimateState"];
            version: number;
        };
        EstimateWorkshopResponse: {
            name: string;
        };
        ExportedMileageReadingResponse: {
            /** @description Lower than the reading before it (a replaced odometer, a corrected typo — or a rolled-back one): worth a look */
            decreased: boolean;
            /** Format: uuid */
            id: string;
            /** @example 154000 */
            mileageKm: number;
            /** Format: date-time */
            recordedAt: string;
            /** @description Null for readings from before the history was kept */
            recordedBy: components["schemas"]["MileageRecorderResponse"] | null;
            /** Format: uuid */
            repairOrderId: string | null;
            /** @description The order's number, with `repairOrderId` */
            repairOrderNumber: number | null;
            /** @description 'vehicle': typed on the vehicle by staff; 'repair-order': noted at a repair order's intake */
            source: components["schemas"]["MileageSource"];
            /** Format: uuid */
            vehicleId: string;
        };
        FieldProblemDto: {
            /** @example email */
            field: string;
            /** @example must be an email */
            message: string;
        };
        ForgotPasswordDto: {
            /** @example anna@kowalski-auto.pl */
            email: string;
        };
        /** @enum {string} */
        FuelType: "petrol" | "diesel" | "hybrid" | "plug_in_hybrid" | "electric" | "lpg" | "cng" | "hydrogen" | "other";
        /** @enum {string} */
        GrafanaDashboard: "platform-overview" | "queues-and-mail" | "search-and-outbox" | "database" | "business";
        /** @enum {string} */
        HealthCheckStatus: "up" | "down" | "degraded";
        HoursResponse: {
            /**
             * @description Hours clocked inside the range, to the hundredth
             * @example 14.25
             */
            clockedHours: number;
            /** @description Net of those labour lines */
            labourNetMinor: number;
            /**
             * @description Labour hours invoiced (credit notes subtract)
             * @example 12.5
             */
            soldHours: number;
        };
        InvitationPageResponse: {
            items: components["schemas"]["InvitationResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        InvitationResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: email */
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            name: string | null;
            role: components["schemas"]["Role"];
            status: components["schemas"]["InvitationStatus"];
        };
        /** @enum {string} */
        InvitationStatus: "pending" | "accepted" | "revoked" | "expired";
        InvoiceBuyerResponse: {
            email: string | null;
            /** @description null when the client was erased before issue */
            name: string | null;
            phone: string | null;
        };
        /** @enum {string} */
        InvoiceKind: "invoice" | "credit_note";
        InvoiceLineResponse: {
            description: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["LineKind"];
            /** Format: uuid */
            mechanicUserId: string | null;
            /** @description Negative on a credit note */
            netMinor: number;
            /** Format: uuid */
            partId: string | null;
            position: number;
            /** @description Hours or units; negative on a credit note */
            quantity: number;
            unitPriceMinor: number;
            vatRateBp: number;
        };
        InvoiceMailResponse: {
            /** Format: date-time */
            sentAt: string | null;
            status: components["schemas"]["InvoiceMailStatus"];
        };
        /** @enum {string} */
        InvoiceMailStatus: "queued" | "sent" | "failed";
        InvoicePageResponse: {
            items: components["schemas"]["InvoiceResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        InvoiceResponse: {
            buyer: components["schemas"]["InvoiceBuyerResponse"];
            /** Format: uuid */
            clientId: string | null;
            /**
             * Format: uuid
             * @description Credit note: the invoice it reverses
             */
            correctsInvoiceId: string | null;
            /**
             * Format: uuid
             * @description Invoice: the credit note reversing it
             */
            creditNoteId: string | null;
            /** @example PLN */
            currency: string;
            /** Format: date */
            dueDate: string;
            /** Format: uuid */
            id: string;
            issuedAt: string;
            /**
             * Format: date
             * @description In the workshop time zone
             */
            issueDate: string;
            kind: components["schemas"]["InvoiceKind"];
            lines: components["schemas"]["InvoiceLineResponse"][];
            locale: components["schemas"]["Locale"];
            /** @description The mail of the invoice to the buyer; null when none was sent (no address, or a credit note) */
            mail: components["schemas"]["InvoiceMailResponse"] | null;
            /** @example 2026/000123 */
            number: string;
            /** @description Invoice: unpaid, not credited and past its due date (workshop time) */
            overdue: boolean;
            /** Format: date */
            paidOn: string | null;
            paymentMethod: components["schemas"]["PaymentMethod"] | null;
            /** @description Credit note: why */
            reason: string | null;
            /** Format: uuid */
            repairOrderId: string;
            /**
             * @description The repair order number printed on it; null on documents issued before orders had numbers
             * @example 1042
             */
            repairOrderNumber: number | null;
            /**
             * Format: date
             * @description The day the work was completed
             */
            saleDate: string;
            seller: components["schemas"]["InvoiceSellerResponse"];
            /** @description Negative on a credit note */
            totals: components["schemas"]["RepairOrderTotalsResponse"];
            vehicle: components["schemas"]["InvoiceVehicleResponse"];
            /** Format: uuid */
            vehicleId: string;
        };
        InvoiceSellerResponse: {
            addressLines: string[];
            bankAccount: string;
            bankName: string | null;
            footer: string | null;
            legalName: string;
            paymentTermsDays: number;
            taxId: string;
        };
        InvoiceSettingsResponse: {
            addressLine1: string | null;
            addressLine2: string | null;
            bankAccount: string | null;
            bankName: string | null;
            city: string | null;
            country: string | null;
            footer: string | null;
            legalName: string | null;
            /** @description Details still needed before an invoice can be issued */
            missing: string[];
            paymentTermsDays: number;
            postalCode: string | null;
            taxId: string | null;
            updatedAt: string | null;
        };
        /** @enum {string} */
        InvoiceSort: "issuedAt" | "-issuedAt" | "number" | "-number" | "grossMinor" | "-grossMinor" | "dueDate" | "-dueDate";
        /** @enum {string} */
        InvoiceStatusFilter: "paid" | "unpaid" | "credited";
        InvoiceVehicleResponse: {
            make: string;
            mileageKm: number | null;
            model: string;
            plate: string | null;
            year: number | null;
        };
        /**
         * @description The customer's say; a declined line counts in no total, a changed line is pending again
         * @enum {string}
         */
        LineApproval: "pending" | "approved" | "declined";
        LineDecisionDto: {
            approved: boolean;
            /**
             * Format: uuid
             * @description A line the estimate asks about (`approval: pending` in it)
             */
            lineId: string;
        };
        /** @enum {string} */
        LineKind: "labour" | "part" | "fee";
        LineTimeResponse: {
            /** @description The customer's decision on the line */
            approval: components["schemas"]["LineApproval"];
            /**
             * @description Hours clocked on it, running clocks up to now
             * @example 1.42
             */
            clockedHours: number;
            description: string;
            /**
             * @description The line's quantity: hours sold
             * @example 1.5
             */
            estimatedHours: number;
            /** Format: uuid */
            lineId: string;
            /** Format: uuid */
            mechanicUserId: string | null;
            position: number;
            /** @description Clocks running on the line now */
            runningClocks: number;
        };
        LivenessResponse: {
            /** @enum {string} */
            status: "ok";
        };
        /**
         * @description Defaults from the country
         * @enum {string}
         */
        Locale: "en" | "pl" | "da";
        LoginDto: {
            email: string;
            password: string;
            /** @description Which workshop to enter; defaults to the first active one */
            workshopId?: string;
        };
        LoginMfaDto: {
            /**
             * @description A code from the authenticator app, or a recovery code
             * @example 492039
             */
            code: string;
            /** @description The mfaToken the first step answered with */
            mfaToken: string;
        };
        LoginResponse: {
            /** @description JWT, valid for `expiresIn` seconds */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            /** @description Opaque and single use: each refresh returns the next one. Absent with `X-Refresh-Token-Delivery: cookie`, which puts it in the HttpOnly `pitlane_refresh` cookie instead */
            refreshToken?: string;
            role: components["schemas"]["Role"];
            user: components["schemas"]["UserRef"];
            workshop: components["schemas"]["WorkshopRef"];
        };
        MailLogEntryResponse: {
            /** @description Delivery attempts so far */
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description The last attempt's failure, if it failed */
            lastError: string | null;
            locale: components["schemas"]["Locale"];
            /** Format: date-time */
            sentAt: string | null;
            status: components["schemas"]["MailStatus"];
            template: components["schemas"]["MailTemplate"];
            /** Format: email */
            to: string;
        };
        MailLogPageResponse: {
            items: components["schemas"]["MailLogEntryResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        /** @enum {string} */
        MailStatus: "queued" | "sent" | "failed";
        /** @enum {string} */
        MailTemplate: "email_verification" | "password_reset" | "staff_invitation" | "email_change" | "mfa_enabled" | "recovery_code_used" | "appointment_confirmation" | "appointment_rescheduled" | "appointment_cancelled" | "appointment_reminder" | "estimate_sent" | "invoice_issued" | "car_ready";
        MarkPaidDto: {
            method: components["schemas"]["PaymentMethod"];
            /**
             * Format: date
             * @description The day the money came in, workshop time
             * @example 2026-11-29
             */
            paidOn: string;
        };
        MechanicHoursReportResponse: {
            /** @example PLN */
            currency: string;
            /** @description Everyone who sold or clocked hours, by name */
            mechanics: components["schemas"]["MechanicHoursResponse"][];
            period: components["schemas"]["ReportPeriodResponse"];
            total: components["schemas"]["HoursResponse"];
            unassigned: components["schemas"]["UnassignedHoursResponse"];
        };
        MechanicHoursResponse: {
            /**
             * @description Hours clocked inside the range, to the hundredth
             * @example 14.25
             */
            clockedHours: number;
            /**
             * @description soldHours / clockedHours in percent, rounded; null when nothing was clocked
             * @example 88
             */
            efficiencyPercent: number | null;
            /** @description Net of those labour lines */
            labourNetMinor: number;
            /** @example Marek Mechanic */
            name: string;
            /**
             * @description Labour hours invoiced (credit notes subtract)
             * @example 12.5
             */
            soldHours: number;
            /** Format: uuid */
            userId: string;
        };
        MechanicTimeResponse: {
            /** @description Still assigned to the order */
            assigned: boolean;
            /**
             * @description Hours they clocked on the order
             * @example 1.75
             */
            clockedHours: number;
            name: string;
            running: boolean;
            /**
             * @description Hours of the labour lines they answer for, declined ones excepted
             * @example 2
             */
            soldHours: number;
            /** Format: uuid */
            userId: string;
        };
        MeMembership: {
            role: components["schemas"]["Role"];
            workshop: components["schemas"]["WorkshopRef"];
        };
        MeResponse: {
            memberships: components["schemas"]["MeMembership"][];
            role: components["schemas"]["Role"];
            user: components["schemas"]["MeUser"];
            workshop: components["schemas"]["MeWorkshop"];
        };
        MergeClientDto: {
            /**
             * Format: uuid
             * @description The client that stays: takes over the vehicles, appointments and orders of the client in the path
             */
            intoClientId: string;
        };
        MeUser: {
            /** Format: email */
            email: string;
            emailVerified: boolean;
            /** Format: uuid */
            id: string;
            /** @description Own language for the app and the mails sent to you; null follows the workshop’s */
            locale: components["schemas"]["Locale"] | null;
            /** @description Two-step verification is on */
            mfaEnabled: boolean;
            name: string;
        };
        MeWorkshop: {
            /** @example PL */
            country: string;
            /** @example PLN */
            currency: string;
            /** Format: uuid */
            id: string;
            locale: components["schemas"]["Locale"];
            name: string;
            /** @description Staff must turn on two-step verification before anything else */
            requireMfa: boolean;
            /** @example kowalski-auto-serwis */
            slug: string;
            status: components["schemas"]["WorkshopStatus"];
            /** @example Europe/Warsaw */
            timeZone: string;
        };
        MfaChallengeResponse: {
            /** @enum {boolean} */
            mfaRequired: true;
            /** @description Send it with a code to /auth/login/mfa within 5 minutes; single use */
            mfaToken: string;
        };
        MfaCodeDto: {
            /**
             * @description A 6-digit code from the authenticator app; to disable, a recovery code also works
             * @example 492039
             */
            code: string;
        };
        MfaEnabledResponse: {
            /**
             * @description Ten single-use codes for when the phone is lost. Shown this once only.
             * @example [
             *       "k7pm-3xq9",
             *       "a2fh-w8nd"
             *     ]
             */
            recoveryCodes: string[];
        };
        MfaSetupResponse: {
            /**
             * @description For authenticator apps; holds the secret, so show it only to its owner
             * @example otpauth://totp/Pitlane:anna%40kowalski-auto.pl?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Pitlane
             */
            otpauthUrl: string;
            /**
             * @description The same URL as a QR code image
             * @example data:image/png;base64,iVBORw0KGgo...
             */
            qrCodeDataUrl: string;
        };
        MileagePageResponse: {
            items: components["schemas"]["MileageReadingResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        MileageReadingResponse: {
            /** @description Lower than the reading before it (a replaced odometer, a corrected typo — or a rolled-back one): worth a look */
            decreased: boolean;
            /** Format: uuid */
            id: string;
            /** @example 154000 */
            mileageKm: number;
            /** Format: date-time */
            recordedAt: string;
            /** @description Null for readings from before the history was kept */
            recordedBy: components["schemas"]["MileageRecorderResponse"] | null;
            /** Format: uuid */
            repairOrderId: string | null;
            /** @description The order's number, with `repairOrderId` */
            repairOrderNumber: number | null;
            /** @description 'vehicle': typed on the vehicle by staff; 'repair-order': noted at a repair order's intake */
            source: components["schemas"]["MileageSource"];
        };
        MileageRecorderResponse: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        /**
         * @description 'vehicle': typed on the vehicle by staff; 'repair-order': noted at a repair order's intake
         * @enum {string}
         */
        MileageSource: "vehicle" | "repair-order";
        MoveAppointmentDto: {
            /** @description A bay; the first free one when left out */
            bay?: number;
            /**
             * @description The new end, an instant with its offset after startsAt (at most 24 hours later): a resize. Left out, the appointment keeps its duration.
             * @example 2026-03-30T11:30:00+02:00
             */
            endsAt?: string;
            /** @example 2026-03-30T10:00:00+02:00 */
            startsAt: string;
        };
        MyClockResponse: {
            running: components["schemas"]["TimeEntryResponse"] | null;
        };
        OpeningHoursDto: {
            fri?: components["schemas"]["TimeRangeDto"][];
            mon?: components["schemas"]["TimeRangeDto"][];
            sat?: components["schemas"]["TimeRangeDto"][];
            sun?: components["schemas"]["TimeRangeDto"][];
            thu?: components["schemas"]["TimeRangeDto"][];
            tue?: components["schemas"]["TimeRangeDto"][];
            wed?: components["schemas"]["TimeRangeDto"][];
        };
        OpenOrdersReportResponse: {
            /** @description The moment of the snapshot */
            asOf: string;
            /** @example PLN */
            currency: string;
            /** @description Every status that is not final, in workflow order, also when empty */
            statuses: components["schemas"]["OpenOrdersStatusResponse"][];
            total: components["schemas"]["OpenOrdersTotalResponse"];
        };
        OpenOrdersStatusResponse: {
            count: number;
            grossMinor: number;
            /** @description Net of their lines the customer did not decline */
            netMinor: number;
            /** @description When the longest-waiting of them entered the status */
            oldestStatusChangedAt: string | null;
            status: components["schemas"]["RepairOrderStatus"];
            /** @description VAT once per rate per order, as the order totals compute it */
            vatMinor: number;
        };
        OpenOrdersTotalResponse: {
            count: number;
            grossMinor: number;
            netMinor: number;
            vatMinor: number;
        };
        OpenRangeResponse: {
            /** @example 2026-03-30T17:00:00+02:00 */
            end: string;
            /** @example 2026-03-30T08:00:00+02:00 */
            start: string;
        };
        OperatorActiveWeekResponse: {
            activeWorkshops: number;
            /**
             * Format: date
             * @description The Monday the ISO week starts on
             */
            week: string;
        };
        /** @enum {string} */
        OperatorAuditAction: "login" | "login.failed" | "logout" | "operator.created" | "operator.disabled" | "operator.enabled" | "operator.totp_reset" | "operator.password_changed" | "tenant.suspended" | "tenant.reactivated" | "tenant.verification_resent";
        OperatorAuditDetailsResponse: {
            /** @description Which check a refused sign-in failed */
            failure?: components["schemas"]["OperatorLoginFailure"];
        };
        OperatorAuditEntryResponse: {
            action: components["schemas"]["OperatorAuditAction"];
            /** @description The address the request came from */
            clientIp: string | null;
            details: components["schemas"]["OperatorAuditDetailsResponse"];
            /** @description Ascending with time of writing; opaque */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            operatorEmail: string | null;
            /**
             * Format: uuid
             * @description null for a refused sign-in with an unknown e-mail address
             */
            operatorId: string | null;
            /** @description Why, as the operator wrote it */
            reason: string | null;
            /**
             * Format: uuid
             * @description The workshop acted on, if any
             */
            targetTenantId: string | null;
        };
        OperatorAuditPageResponse: {
            items: components["schemas"]["OperatorAuditEntryResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        OperatorDashboardLinkResponse: {
            id: components["schemas"]["GrafanaDashboard"];
            /** Format: uri */
            url: string;
        };
        OperatorFailedMailsResponse: {
            failed: number;
            /** Format: date-time */
            lastFailedAt: string;
            template: string;
        };
        OperatorLoginDto: {
            /**
             * @description The current code of the authenticator app; each works once
             * @example 492039
             */
            code: string;
            /** Format: email */
            email: string;
            password: string;
        };
        /**
         * @description Which check a refused sign-in failed
         * @enum {string}
         */
        OperatorLoginFailure: "unknown_account" | "password" | "totp" | "totp_replayed" | "disabled";
        OperatorLoginResponse: {
            /** @description Bearer token for /ops routes only; refused by every workshop route */
            accessToken: string;
            /** @description Seconds until the token expires (the session’s absolute end) */
            expiresIn: number;
            /** @description Seconds of inactivity after which the session ends */
            idleTimeout: number;
            operator: components["schemas"]["OperatorResponse"];
        };
        OperatorMeResponse: {
            /** @description Seconds of inactivity after which the session ends */
            idleTimeout: number;
            operator: components["schemas"]["OperatorResponse"];
        };
        OperatorPlatformHealthResponse: {
            /** @description Empty when GRAFANA_URL is not set */
            dashboards: components["schemas"]["OperatorDashboardLinkResponse"][];
            databaseBytes: number;
            /** Format: date-time */
            mailsOldestQueuedAt: string | null;
            /** @description Mails waiting to be sent */
            mailsQueued: number;
            /** @description Age of the oldest search outbox entry; 0 when empty */
            outboxLagSeconds: number;
            outboxPending: number;
            /** @description Empty when the queue backend does not answer */
            queues: components["schemas"]["OperatorQueueResponse"][];
            search: components["schemas"]["OperatorSearchHealthResponse"];
            /**
             * Format: date-time
             * @description When the usage rollup last ran
             */
            usageRolledUpAt: string | null;
        };
        OperatorPlatformStatsResponse: {
            activeWorkshopsPerWeek: components["schemas"]["OperatorActiveWeekResponse"][];
            signupsPerDay: components["schemas"]["OperatorSignupDayResponse"][];
        };
        /** @enum {string} */
        OperatorQueueName: "mail" | "platform";
        OperatorQueueResponse: {
            active: number;
            delayed: number;
            /** @description Dead jobs: failed after their last attempt */
            failed: number;
            name: components["schemas"]["OperatorQueueName"];
            waiting: number;
        };
        OperatorResponse: {
            /** Format: email */
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
        };
        OperatorSearchHealthResponse: {
            backend: components["schemas"]["SearchBackend"];
            /** @description The alias Elasticsearch reads and writes through */
            index: string | null;
            /** @description Whether it answered a ping */
            up: boolean;
        };
        OperatorSignupDayResponse: {
            /** Format: date */
            day: string;
            signups: number;
        };
        OperatorTenantDetailResponse: {
            /** @description The latest 20 operator actions on it, newest first */
            audit: components["schemas"]["OperatorAuditEntryResponse"][];
            problems: components["schemas"]["OperatorTenantProblemsResponse"];
            tenant: components["schemas"]["OperatorTenantResponse"];
            /** @description The last 30 UTC days, oldest first */
            usage: components["schemas"]["OperatorTenantUsageDayResponse"][];
        };
        OperatorTenantPageResponse: {
            items: components["schemas"]["OperatorTenantResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        OperatorTenantProblemsResponse: {
            failedMails: components["schemas"]["OperatorFailedMailsResponse"][];
            /** Format: date-time */
            mailsOldestQueuedAt: string | null;
            /** @description Mails waiting to be sent */
            mailsQueued: number;
            /** Format: date-time */
            outboxOldestAt: string | null;
            /** @description Search outbox entries waiting */
            outboxPending: number;
        };
        OperatorTenantResponse: {
            /** @description null while the workshop has not been counted yet (usageRolledUpAt null) */
            clients: number | null;
            /** @example PL */
            country: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description null while the workshop has not been counted yet (usageRolledUpAt null) */
            invoices: number | null;
            /** @description null while the workshop has not been counted yet (usageRolledUpAt null) */
            invoices30d: number | null;
            /** Format: date-time */
            lastActivityAt: string | null;
            locale: components["schemas"]["Locale"];
            /** @description null while the workshop has not been counted yet (usageRolledUpAt null) */
            mailsFailed30d: number | null;
            /** @description null while the workshop has not been counted yet (usageRolledUpAt null) */
            mailsSent30d: number | null;
            name: string;
            /** @description null while the workshop has not been counted yet (usageRolledUpAt null) */
            orders: number | null;
            /** @description null while the workshop has not been counted yet (usageRolledUpAt null) */
            orders30d: number | null;
            /** @description Plans do not exist yet: always null */
            plan: string | null;
            slug: string;
            /** @description null while the workshop has not been counted yet (usageRolledUpAt null) */
            staffCount: number | null;
            status: components["schemas"]["WorkshopStatus"];
            /** @description Estimate of the rows the workshop holds, in bytes; null while the workshop has not been counted yet (usageRolledUpAt null) */
            storageBytes: number | null;
            /**
             * Format: date-time
             * @description When the usage figures were rolled up (every 10 minutes); null while the workshop has not been counted yet (signed up since the last rollup), and then every figure is null too
             */
            usageRolledUpAt: string | null;
            /** @description null while the workshop has not been counted yet (usageRolledUpAt null) */
            vehicles: number | null;
            /** @description null while the workshop has not been counted yet (usageRolledUpAt null) */
            vehicles30d: number | null;
            /**
             * Format: date-time
             * @description When the owner verified the address
             */
            verifiedAt: string | null;
        };
        /** @enum {string} */
        OperatorTenantSort: "name" | "-name" | "slug" | "-slug" | "createdAt" | "-createdAt" | "verifiedAt" | "-verifiedAt" | "staffCount" | "-staffCount" | "lastActivityAt" | "-lastActivityAt" | "vehicles" | "-vehicles" | "vehicles30d" | "-vehicles30d" | "orders30d" | "-orders30d" | "invoices30d" | "-invoices30d" | "mailsSent30d" | "-mailsSent30d" | "mailsFailed30d" | "-mailsFailed30d" | "storageBytes" | "-storageBytes";
        OperatorTenantUsageDayResponse: {
            activeStaff: number;
            /**
             * Format: date
             * @example 2026-12-01
             */
            day: string;
            invoicesIssued: number;
            mailsFailed: number;
            mailsSent: number;
            ordersCreated: number;
            /** @description null on a day without activity */
            storageBytes: number | null;
            vehiclesCreated: number;
        };
        OrderBoardResponse: {
            /** @description One per status, in workflow order */
            columns: components["schemas"]["BoardColumnResponse"][];
            /** @description The server time of the answer (lateness is measured against it) */
            generatedAt: string;
            /**
             * @description The workshop's time zone: promised times and `from`/`to`
             * @example Europe/Warsaw
             */
            timeZone: string;
        };
        OrderMechanicResponse: {
            name: string;
            /** Format: uuid */
            userId: string;
        };
        OrderTimeResponse: {
            /**
             * Format: date-time
             * @description The database instant running clocks were counted to
             */
            asOf: string;
            /** @description Labour lines in position order */
            lines: components["schemas"]["LineTimeResponse"][];
            /** @description Everyone assigned, answering for a line or with time */
            mechanics: components["schemas"]["MechanicTimeResponse"][];
            /** Format: uuid */
            orderId: string;
            totals: components["schemas"]["OrderTimeTotalsResponse"];
        };
        OrderTimeTotalsResponse: {
            clockedHours: number;
            /** @description Labour lines the customer did not decline */
            estimatedHours: number;
        };
        PartPageResponse: {
            items: components["schemas"]["PartResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        PartResponse: {
            active: boolean;
            brand: string | null;
            costMinor: number;
            createdAt: string;
            /** Format: uuid */
            id: string;
            location: string | null;
            name: string;
            /** @description Units on hand, the sum of the ledger */
            onHand: number;
            partNumber: string;
            priceMinor: number;
            reorderPoint: number;
            updatedAt: string;
            vatRateBp: number;
        };
        /** @enum {string} */
        PartSort: "partNumber" | "-partNumber" | "name" | "-name" | "brand" | "-brand" | "priceMinor" | "-priceMinor" | "onHand" | "-onHand" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
        /** @enum {string} */
        PaymentMethod: "cash" | "card" | "transfer" | "other";
        ProblemDetailsDto: {
            detail?: string;
            /**
             * Format: uuid
             * @description Only on 500: the id of the log line
             */
            errorId?: string;
            errors?: components["schemas"]["FieldProblemDto"][];
            /** @example /api/v1/auth/signup */
            instance?: string;
            /** @description On 401 and 403 of the auth guard and of refresh: why the session cannot be used (docs/errors.md). On the 409 of an appointment move, resize or status change: why it was refused, for the screen to say in its language (bay_taken, outside_opening_hours, closed_date, not_movable, invalid_status_transition; `currentStatus` and `allowed` ride along on status refusals). */
            reason?: components["schemas"]["ProblemReason"];
            /** @example 400 */
            status: number;
            /** @example Bad Request */
            title: string;
            /** @example https://pitlane.dev/problems/validation-failed */
            type: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description On 401 and 403 of the auth guard and of refresh: why the session cannot be used (docs/errors.md). On the 409 of an appointment move, resize or status change: why it was refused, for the screen to say in its language (bay_taken, outside_opening_hours, closed_date, not_movable, invalid_status_transition; `currentStatus` and `allowed` ride along on status refusals).
         * @enum {string}
         */
        ProblemReason: "access_token_invalid" | "session_unknown" | "session_idle" | "session_expired" | "session_revoked" | "workshop_suspended" | "bay_taken" | "outside_opening_hours" | "closed_date" | "not_movable" | "invalid_status_transition";
        PublicAddressResponse: {
            /** @example Warszawa */
            city: string | null;
            /**
             * @description ISO 3166-1 alpha-2
             * @example PL
             */
            country: string;
            /** @example 04-077 */
            postalCode: string | null;
            /** @example ul. Grochowska 215 */
            street: string | null;
        };
        PublicBookingResponse: {
            cancellationReason: string | null;
            /** @description Whether the customer may still cancel or move it online now */
            changeable: boolean;
            /** @description Until when the customer may cancel or move it */
            changeableUntil: string;
            durationMinutes: number;
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** @description The booked services, for the reschedule picker */
            serviceIds: string[];
            services: string[];
            startsAt: string;
            status: components["schemas"]["AppointmentStatus"];
            workshop: components["schemas"]["PublicWorkshopSummary"];
        };
        PublicEstimateAddressResponse: {
            /** @example Warszawa */
            city: string | null;
            /**
             * @description ISO 3166-1 alpha-2
             * @example PL
             */
            country: string;
            /** @example 04-077 */
            postalCode: string | null;
            /** @example ul. Grochowska 215 */
            street: string | null;
        };
        PublicEstimateResponse: {
            decision: components["schemas"]["EstimateDecisionResponse"] | null;
            expiresAt: string;
            /** @description SHA-256 (hex) of the canonical JSON of `snapshot`; send it back to decide */
            hash: string;
            snapshot: components["schemas"]["EstimateSnapshotResponse"];
            /**
             * @description An expired link opens nothing (404), so it is never `expired` here
             * @enum {string}
             */
            state: "open" | "decided" | "superseded";
            workshop: components["schemas"]["PublicEstimateWorkshopResponse"];
        };
        PublicEstimateWorkshopResponse: {
            address: components["schemas"]["PublicEstimateAddressResponse"];
            /** @example serwis@example.pl */
            email: string | null;
            /** @description The workshop’s language */
            locale: components["schemas"]["PublicLocale"];
            name: string;
            /** @example +48 22 610 23 45 */
            phone: string | null;
            /** @example Europe/Warsaw */
            timeZone: string;
        };
        /**
         * @description The workshop’s language
         * @enum {string}
         */
        PublicLocale: "en" | "pl" | "da";
        PublicServiceResponse: {
            description: string | null;
            durationMinutes: number;
            /** Format: uuid */
            id: string;
            name: string;
            priceMinor: number;
            vatRateBp: number;
        };
        PublicWorkshopResponse: {
            /**
             * @description The customer pages’ accent colour, "#rrggbb"
             * @example #c2410c
             */
            accentColor: string;
            address: components["schemas"]["PublicAddressResponse"];
            /** @description Off: nothing is listed or bookable; manage links still work */
            bookingPageEnabled: boolean;
            /** @description Customers may move or cancel until this long before the start */
            cancellationCutoffMinutes: number;
            /** @example PLN */
            currency: string;
            /** @example serwis@example.pl */
            email: string | null;
            /** @description Days ahead that can be booked */
            horizonDays: number;
            /** @description The workshop’s language */
            locale: components["schemas"]["PublicLocale"];
            /** @description A booking must start at least this long from now */
            minNoticeMinutes: number;
            name: string;
            openingHours: components["schemas"]["OpeningHoursDto"];
            /** @example +48 22 610 23 45 */
            phone: string | null;
            services: components["schemas"]["PublicServiceResponse"][];
            slotMinutes: number;
            slug: string;
            /** @example Europe/Warsaw */
            timeZone: string;
        };
        PublicWorkshopSummary: {
            /**
             * @description The customer pages’ accent colour, "#rrggbb"
             * @example #c2410c
             */
            accentColor: string;
            address: components["schemas"]["PublicAddressResponse"];
            /** @description Customers may move or cancel until this long before the start */
            cancellationCutoffMinutes: number;
            /** @example PLN */
            currency: string;
            /** @example serwis@example.pl */
            email: string | null;
            /** @description Days ahead that can be booked */
            horizonDays: number;
            /** @description The workshop’s language */
            locale: components["schemas"]["PublicLocale"];
            /** @description A booking must start at least this long from now */
            minNoticeMinutes: number;
            name: string;
            /** @example +48 22 610 23 45 */
            phone: string | null;
            slug: string;
            /** @example Europe/Warsaw */
            timeZone: string;
        };
        PutInvoiceSettingsDto: {
            /** @example ul. Długa 5 */
            addressLine1?: string | null;
            addressLine2?: string | null;
            /** @example PL61 1090 1014 0000 0712 1981 2874 */
            bankAccount?: string | null;
            bankName?: string | null;
            /** @example Warszawa */
            city?: string | null;
            /**
             * @description ISO 3166-1 alpha-2
             * @example PL
             */
            country?: string | null;
            /** @description Printed at the bottom of every invoice */
            footer?: string | null;
            /** @example Kowalski Auto Serwis Sp. z o.o. */
            legalName?: string | null;
            /** @default 14 */
            paymentTermsDays?: number;
            /** @example 00-001 */
            postalCode?: string | null;
            /**
             * @description VAT / tax id
             * @example PL5260001246
             */
            taxId?: string | null;
        };
        ReadinessChecksResponse: {
            database: components["schemas"]["HealthCheckStatus"];
            databaseRole: components["schemas"]["HealthCheckStatus"];
            queue: components["schemas"]["HealthCheckStatus"];
            search: components["schemas"]["HealthCheckStatus"];
        };
        ReadinessResponse: {
            checks: components["schemas"]["ReadinessChecksResponse"];
            /**
             * @description degraded: search is down, everything else answers
             * @enum {string}
             */
            status: "ok" | "degraded";
        };
        RecordApprovalDto: {
            /**
             * @description Who gave the answer, as they said their name
             * @example Jan Kowalski
             */
            customerName: string;
            /** @description The whole estimate; or send `lines` */
            decision?: components["schemas"]["EstimateDecision"];
            /** @description One entry per line the estimate asks about */
            lines?: components["schemas"]["LineDecisionDto"][];
            /** @example Approved by phone at 10:15, asked to keep the old pads */
            note?: string;
        };
        RecordMovementDto: {
            /** @enum {string} */
            kind: "receive" | "adjust";
            /**
             * @description Units; receive > 0, adjust non-zero (negative takes stock away)
             * @example 10
             */
            quantity: number;
            /**
             * @description Required for adjust
             * @example Stock count 2026-11
             */
            reason?: string;
            /**
             * @description Receive: purchase cost per unit, minor units
             * @example 2100
             */
            unitCostMinor?: number;
        };
        RefreshDto: {
            refreshToken: string;
        };
        RefreshResponse: {
            /** @description JWT, valid for `expiresIn` seconds */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            /** @description Opaque and single use: each refresh returns the next one. Absent with `X-Refresh-Token-Delivery: cookie`, which puts it in the HttpOnly `pitlane_refresh` cookie instead */
            refreshToken?: string;
            role: components["schemas"]["Role"];
            /** Format: uuid */
            tenantId: string;
            /** Format: uuid */
            userId: string;
        };
        /** @enum {string} */
        RefreshTokenDelivery: "body" | "cookie";
        RepairOrderLineResponse: {
            /** @description The customer's say; a declined line counts in no total, a changed line is pending again */
            approval: components["schemas"]["LineApproval"];
            description: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["LineKind"];
            /**
             * Format: uuid
             * @description Labour: the mechanic who answers for it
             */
            mechanicUserId: string | null;
            /** @description round-half-up(quantity x unit price) */
            netMinor: number;
            /** Format: uuid */
            partId: string | null;
            position: number;
            /** @description Hours (labour) or units */
            quantity: number;
            /** @description Hourly rate or unit price, net, minor units */
            unitPriceMinor: number;
            vatRateBp: number;
        };
        RepairOrderPageResponse: {
            items: components["schemas"]["RepairOrderResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        RepairOrderResponse: {
            /** @description Where the API lets it go next */
            allowedTransitions: components["schemas"]["RepairOrderStatus"][];
            /** Format: uuid */
            appointmentId: string | null;
            /**
             * Format: uuid
             * @description null once the client was erased under GDPR
             */
            clientId: string | null;
            complaint: string | null;
            createdAt: string;
            /** @example PLN */
            currency: string;
            /** Format: uuid */
            id: string;
            lines: components["schemas"]["RepairOrderLineResponse"][];
            /** @description Mechanics assigned to the order */
            mechanics: components["schemas"]["OrderMechanicResponse"][];
            mileageIn: number | null;
            notes: string | null;
            /**
             * @description The workshop's order number: 1, 2, 3… in the order orders were opened
             * @example 1042
             */
            number: number;
            /** @description When the car was promised back; null when not promised */
            promisedAt: string | null;
            status: components["schemas"]["RepairOrderStatus"];
            statusChangedAt: string;
            /** @description Declined lines left out */
            totals: components["schemas"]["RepairOrderTotalsResponse"];
            updatedAt: string;
            /** Format: uuid */
            vehicleId: string;
        };
        /** @enum {string} */
        RepairOrderSort: "number" | "-number" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "status" | "-status" | "statusChangedAt" | "-statusChangedAt" | "mileageIn" | "-mileageIn";
        /** @enum {string} */
        RepairOrderStatus: "draft" | "estimate_sent" | "approved" | "in_progress" | "waiting_parts" | "completed" | "invoiced" | "paid" | "declined" | "cancelled";
        RepairOrderTotalsResponse: {
            grossMinor: number;
            netMinor: number;
            /** @description One entry per VAT rate, lowest first */
            vat: components["schemas"]["VatGroupResponse"][];
            vatMinor: number;
        };
        /** @enum {string} */
        ReportGranularity: "day" | "week" | "month";
        ReportPeriodResponse: {
            /**
             * @description Local midnight ending `to` (excluded)
             * @example 2026-03-31T22:00:00.000Z
             */
            end: string;
            /** @example 2026-03-01 */
            from: string;
            /**
             * @description Local midnight starting `from`
             * @example 2026-02-28T23:00:00.000Z
             */
            start: string;
            /** @example Europe/Warsaw */
            timeZone: string;
            /** @example 2026-03-31 */
            to: string;
        };
        RescheduleBookingAction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            action: "reschedule";
            /**
             * @description The new start, with an offset
             * @example 2026-03-31T10:00:00+02:00
             */
            startsAt: string;
            /** @description The signed token of the manage link (it names the workshop); sent in the body, never in a URL */
            token: string;
        };
        ResetPasswordDto: {
            /**
             * @description The 6-digit code from the e-mail
             * @example 042917
             */
            code: string;
            /** @example anna@kowalski-auto.pl */
            email: string;
            /** @description At least 12 characters and not a common password */
            newPassword: string;
        };
        RevealedVehicleResponse: {
            /** Format: uuid */
            clientId: string | null;
            /** Format: date-time */
            createdAt: string;
            engine: string | null;
            fuelType: components["schemas"]["FuelType"] | null;
            /** Format: uuid */
            id: string;
            make: string;
            mileageKm: number | null;
            model: string;
            plate: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @example WVWZZZ1JZXW000001 */
            vin: string | null;
            /** @description Null when the vehicle has no VIN. 'not_applicable': the 9th character is not a check digit (usual outside North America) */
            vinCheckDigit: components["schemas"]["VinCheckDigit"] | null;
            /**
             * @description The last 6 characters of `vin`
             * @example 000001
             */
            vinTail: string | null;
            year: number | null;
        };
        RevenueBucketResponse: {
            /**
             * @description First local day of the bucket inside the range
             * @example 2026-03-02
             */
            from: string;
            grossMinor: number;
            netMinor: number;
            /**
             * @description Last local day of the bucket inside the range (included)
             * @example 2026-03-08
             */
            to: string;
            /** @description VAT as the documents rounded it, per rate */
            vatMinor: number;
        };
        RevenueByRateResponse: {
            grossMinor: number;
            netMinor: number;
            /** @description Rounded once per rate on each invoice, as the invoice did */
            vatMinor: number;
            /** @example 2300 */
            vatRateBp: number;
        };
        RevenueReportResponse: {
            /** @description grossMinor / invoicedOrderCount, rounded half away from zero; null unless invoicedOrderCount > 0 */
            averageOrderGrossMinor: number | null;
            /** @description One entry per VAT rate, lowest first */
            byVatRate: components["schemas"]["RevenueByRateResponse"][];
            /** @description Distinct vehicles on the invoices issued in the range */
            carCount: number;
            creditNoteCount: number;
            /** @example PLN */
            currency: string;
            grossMinor: number;
            /** @description Invoices (not credit notes) issued in the range */
            invoiceCount: number;
            /** @description Repair orders invoiced in the range, net of credit notes issued in it (invoiceCount - creditNoteCount: a credit note reverses one invoice in full); negative when the range holds more credit notes */
            invoicedOrderCount: number;
            /** @description Invoices issued in the range minus credit notes issued in it */
            netMinor: number;
            period: components["schemas"]["ReportPeriodResponse"];
            split: components["schemas"]["RevenueSplitResponse"];
            vatMinor: number;
        };
        RevenueSeriesReportResponse: {
            /** @description Every bucket of the range in order, also the empty ones; they add up to /reports/revenue */
            buckets: components["schemas"]["RevenueBucketResponse"][];
            /** @example PLN */
            currency: string;
            granularity: components["schemas"]["ReportGranularity"];
            period: components["schemas"]["ReportPeriodResponse"];
        };
        RevenueSplitResponse: {
            /** @description Net of fee lines */
            feesNetMinor: number;
            /** @description Net of labour lines */
            labourNetMinor: number;
            /** @description Net of part lines (inventory and ad hoc) */
            partsNetMinor: number;
        };
        /** @enum {string} */
        Role: "owner" | "manager" | "mechanic";
        ScheduleSettingsResponse: {
            /**
             * @description One name per bay, in bay order
             * @example [
             *       "Bay 1",
             *       "Bay 2"
             *     ]
             */
            bayNames: string[];
            bays: number;
            /**
             * @description The public page’s and the widget’s accent colour, "#rrggbb"
             * @example #c2410c
             */
            bookingAccentColor: string;
            /** @description Whether the public booking page takes bookings */
            bookingPageEnabled: boolean;
            bufferMinutes: number;
            cancellationCutoffMinutes: number;
            /**
             * @example [
             *       "2026-12-24"
             *     ]
             */
            closedDates: string[];
            horizonDays: number;
            minNoticeMinutes: number;
            openingHours: components["schemas"]["OpeningHoursDto"];
            reminderLeadMinutes: number;
            slotMinutes: number;
            /**
             * @description The workshop’s time zone, read-only here: the owner changes it on the workshop profile
             * @example Europe/Warsaw
             */
            timeZone: string;
        };
        /** @enum {string} */
        SearchableType: "client" | "vehicle";
        /** @enum {string} */
        SearchBackend: "elasticsearch" | "postgres";
        SearchItemResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description A client's full name, or a vehicle's make, model and year
             * @example Volkswagen Golf 2014
             */
            name: string;
            /**
             * @description Vehicles: the owner's full name
             * @example Jan Kowalski
             */
            ownerName: string | null;
            /**
             * @description The client's (or vehicle owner's) phone, internationally formatted
             * @example +48 601 234 567
             */
            phone: string | null;
            /**
             * @description Vehicles: the plate as registered
             * @example WA 12345
             */
            plate: string | null;
            /** @description Relevance; higher is better. Comparable within one answer only. */
            score: number;
            /** @example Jan Kowalski · +48 601 234 567 */
            subtitle: string;
            /** @example WA 12345 · Volkswagen Golf 2014 */
            title: string;
            type: components["schemas"]["SearchableType"];
        };
        SearchResponse: {
            items: components["schemas"]["SearchItemResponse"][];
            /** @description Time spent answering, in milliseconds */
            tookMs: number;
        };
        SecuritySettingsResponse: {
            requireMfa: boolean;
        };
        SendEstimateDto: {
            /** @example The rear discs are close to the limit; we recommend replacing them too. */
            message?: string;
        };
        SentEstimateResponse: {
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            decision: components["schemas"]["StaffEstimateDecisionResponse"] | null;
            /** @description on_the_spot: frozen when staff approved it directly */
            delivery: components["schemas"]["EstimateDelivery"];
            expiresAt: string | null;
            hash: string;
            /** @description Only when not mailed (the client has no e-mail): the link to pass on another way */
            link: string | null;
            /** @description True when the estimate was e-mailed to the client */
            mailed: boolean;
            /** @description What happened, in words for the staff member */
            notice: string;
            /** @description The order after sending */
            orderStatus: components["schemas"]["RepairOrderStatus"];
            snapshot: components["schemas"]["EstimateSnapshotResponse"];
            state: components["schemas"]["EstimateState"];
            version: number;
        };
        ServiceOfferingResponse: {
            active: boolean;
            bookableOnline: boolean;
            description: string | null;
            durationMinutes: number;
            /** Format: uuid */
            id: string;
            name: string;
            priceMinor: number;
            vatRateBp: number;
        };
        SessionPageResponse: {
            items: components["schemas"]["SessionResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @example 2 */
            total: number;
        };
        SessionRefreshResponse: {
            /** @description JWT, valid for `expiresIn` seconds */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            role: components["schemas"]["Role"];
            /** Format: uuid */
            tenantId: string;
            /** Format: uuid */
            userId: string;
        };
        SessionResponse: {
            /**
             * @description The browser, or the program that is not one (curl), read from its User-Agent
             * @example Firefox
             */
            browser: string | null;
            /**
             * Format: date-time
             * @description When the session was opened (login, signup or switch)
             */
            createdAt: string;
            /** @description The session this request came with */
            current: boolean;
            /**
             * Format: date-time
             * @description Its absolute end, however active it is
             */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description When a request last used it; updated at most once a minute
             */
            lastUsedAt: string;
            /** @example Windows */
            os: string | null;
        };
        /** @enum {string} */
        SessionSort: "createdAt" | "-createdAt" | "lastUsedAt" | "-lastUsedAt";
        SignupDto: {
            /**
             * @description ISO 3166-1 alpha-2; defaults to PL
             * @example PL
             */
            country?: string;
            /** @example anna@kowalski-auto.pl */
            email: string;
            /** @description Defaults from the country */
            locale?: components["schemas"]["Locale"];
            /** @example Anna Kowalska */
            ownerName: string;
            /** @description At least 12 characters and not a common password */
            password: string;
            /**
             * @description IANA time zone; defaults to UTC
             * @example Europe/Warsaw
             */
            timezone?: string;
            /** @example Kowalski Auto Serwis */
            workshopName: string;
        };
        SignupResponse: {
            /** @description JWT, valid for `expiresIn` seconds */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            /** @description Opaque and single use: each refresh returns the next one. Absent with `X-Refresh-Token-Delivery: cookie`, which puts it in the HttpOnly `pitlane_refresh` cookie instead */
            refreshToken?: string;
            user: components["schemas"]["UserRef"];
            workshop: components["schemas"]["WorkshopRef"];
        };
        SlotResponse: {
            /** @example 2026-03-30T09:00:00+02:00 */
            end: string;
            /** @example 2026-03-30T08:00:00+02:00 */
            start: string;
        };
        StaffEstimateDecisionResponse: {
            decidedAt: string;
            /** @description The customer’s address as the API saw it */
            ipAddress: string | null;
            lines: components["schemas"]["LineDecisionDto"][];
            method: components["schemas"]["EstimateDecisionMethod"];
            note: string | null;
            signatureName: string;
            /** Format: uuid */
            staffUserId: string | null;
            userAgent: string | null;
        };
        StaffMemberResponse: {
            /** Format: email */
            email: string;
            /**
             * Format: uuid
             * @description The user id
             */
            id: string;
            /** Format: date-time */
            joinedAt: string;
            name: string;
            role: components["schemas"]["Role"];
        };
        StaffPageResponse: {
            items: components["schemas"]["StaffMemberResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        /** @enum {string} */
        StaffSort: "name" | "-name" | "email" | "-email" | "role" | "-role" | "joinedAt" | "-joinedAt";
        /** @enum {string} */
        StockMovementKind: "receive" | "use" | "return" | "adjust";
        StockMovementPageResponse: {
            items: components["schemas"]["StockMovementResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        StockMovementResponse: {
            /** @description Who recorded it; null for a movement without a person */
            actorName: string | null;
            /** Format: uuid */
            actorUserId: string | null;
            balanceAfter: number;
            createdAt: string;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["StockMovementKind"];
            /** Format: uuid */
            lineId: string | null;
            /** Format: uuid */
            partId: string;
            /** @description Signed change in units */
            quantity: number;
            reason: string | null;
            /** Format: uuid */
            repairOrderId: string | null;
            /** @description The order's number, with `repairOrderId` */
            repairOrderNumber: number | null;
            unitCostMinor: number | null;
        };
        SwitchWorkshopDto: {
            /**
             * Format: uuid
             * @description One of the workshops `GET /me` lists under `memberships`
             */
            workshopId: string;
        };
        TenantStatusChangeDto: {
            /** @description Why, for the audit log */
            reason: string;
        };
        TimeEntryPageResponse: {
            items: components["schemas"]["TimeEntryResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        TimeEntryResponse: {
            /**
             * @description Hours so far, two decimals (round-half-up of seconds / 36, in hundredths)
             * @example 1.25
             */
            hours: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            lineId: string;
            /** Format: uuid */
            orderId: string;
            running: boolean;
            /**
             * Format: date-time
             * @description Database clock
             */
            startedAt: string;
            /**
             * Format: date-time
             * @description null while it runs
             */
            stoppedAt: string | null;
            /** @description mechanic: stopped by hand; switch: a clock started elsewhere; status: the order left in_progress; correction: a manager; left: the person left the workshop */
            stoppedBy: components["schemas"]["TimeEntryStoppedBy"] | null;
            /** Format: uuid */
            userId: string;
        };
        /**
         * @description mechanic: stopped by hand; switch: a clock started elsewhere; status: the order left in_progress; correction: a manager; left: the person left the workshop
         * @enum {string}
         */
        TimeEntryStoppedBy: "mechanic" | "switch" | "status" | "correction" | "left";
        TimeRangeDto: {
            /**
             * @description "24:00" for midnight at the end of the day
             * @example 17:00
             */
            end: string;
            /** @example 08:00 */
            start: string;
        };
        TopClientResponse: {
            /** Format: uuid */
            clientId: string;
            /** @example Anna */
            firstName: string;
            /** @description Gross invoiced in the range, credit notes subtracted */
            grossMinor: number;
            /** @description Invoices (not credit notes) issued to the client in the range */
            invoiceCount: number;
            /** @example Nowak */
            lastName: string;
            netMinor: number;
        };
        TopClientsReportResponse: {
            /** @example PLN */
            currency: string;
            /** @description Highest gross first; at most `limit` */
            items: components["schemas"]["TopClientResponse"][];
            period: components["schemas"]["ReportPeriodResponse"];
        };
        TopServiceResponse: {
            /**
             * @description The spelling used most often on invoices for this service (ties: alphabetically first)
             * @example Brake pads replacement
             */
            description: string;
            /** @enum {string} */
            kind: "labour" | "fee";
            /** @description Invoice lines minus credit-note lines */
            lineCount: number;
            netMinor: number;
            /**
             * @description Hours (labour) or units (fees) invoiced
             * @example 7.5
             */
            quantity: number;
        };
        TopServicesReportResponse: {
            /** @example PLN */
            currency: string;
            /** @description Highest net first; at most `limit` */
            items: components["schemas"]["TopServiceResponse"][];
            period: components["schemas"]["ReportPeriodResponse"];
        };
        TransitionDto: {
            to: components["schemas"]["RepairOrderStatus"];
        };
        UnassignedHoursResponse: {
            labourNetMinor: number;
            /** @description Labour hours invoiced on lines without a responsible mechanic */
            soldHours: number;
        };
        UpdateClientDto: {
            email?: string | null;
            firstName?: string;
            gdprConsent?: boolean;
            lastName?: string;
            nationalId?: string | null;
            notes?: string | null;
            phone?: string | null;
        };
        UpdateLineDto: {
            description?: string;
            /**
             * Format: uuid
             * @description Labour only: the assigned mechanic who answers for it; null clears it
             */
            mechanicUserId?: string | null;
            /** @description For a part from inventory, the difference is taken from or returned to stock */
            quantity?: number;
            unitPriceMinor?: number;
            vatRateBp?: number;
        };
        UpdateMeDto: {
            /** @description Your language for the app and the mails sent to you; null follows the workshop’s */
            locale?: components["schemas"]["Locale"] | null;
            /** @example Anna Kowalska */
            name?: string;
        };
        UpdatePartDto: {
            /** @default true */
            active?: boolean;
            /** @example Mahle */
            brand?: string | null;
            /**
             * @description Purchase cost, net, minor units
             * @example 2150
             */
            costMinor?: number;
            /** @example Shelf B3 */
            location?: string | null;
            /** @example Oil filter */
            name?: string;
            /**
             * @description Unique in the workshop, ignoring case, spaces and dashes
             * @example OC 90
             */
            partNumber?: string;
            /**
             * @description Selling price per unit, net, minor units
             * @example 3900
             */
            priceMinor?: number;
            /**
             * @description Low stock at or below this many units
             * @default 0
             * @example 5
             */
            reorderPoint?: number;
            /**
             * @description VAT rate in basis points (23 % = 2300)
             * @example 2300
             */
            vatRateBp?: number;
        };
        UpdateRepairOrderDto: {
            complaint?: string | null;
            mileageIn?: number | null;
            notes?: string | null;
            /**
             * Format: date-time
             * @description When the car is promised back
             */
            promisedAt?: string | null;
        };
        UpdateScheduleSettingsDto: {
            /**
             * @description One name per bay, in bay order (1–40 characters each, trimmed, no two alike ignoring case). Its length must equal `bays` (the new one when both are sent). Left out, a change of `bays` keeps the names it can and names new bays "Bay n".
             * @example [
             *       "Lift 1",
             *       "Lift 2"
             *     ]
             */
            bayNames?: string[];
            /** @example 2 */
            bays?: number;
            /**
             * @description The accent colour of the public booking page and the embedded widget, "#rrggbb"
             * @example #c2410c
             */
            bookingAccentColor?: string;
            /** @description Off: the public booking page says so and lists no services, availability and new bookings answer 403 `booking-page-disabled`; manage links keep working */
            bookingPageEnabled?: boolean;
            /**
             * @description Minutes a bay stays free after each job
             * @example 15
             */
            bufferMinutes?: number;
            /**
             * @description Customers may cancel or move until this long before the start
             * @example 1440
             */
            cancellationCutoffMinutes?: number;
            /**
             * @description Local dates the workshop is closed
             * @example [
             *       "2026-12-24",
             *       "2026-12-25"
             *     ]
             */
            closedDates?: string[];
            /**
             * @description How many days ahead customers may book
             * @example 60
             */
            horizonDays?: number;
            /** @example 120 */
            minNoticeMinutes?: number;
            openingHours?: components["schemas"]["OpeningHoursDto"];
            /**
             * @description The reminder goes out this long before the start
             * @example 1440
             */
            reminderLeadMinutes?: number;
            /** @example 30 */
            slotMinutes?: number;
        };
        UpdateSecuritySettingsDto: {
            /** @description Require every staff member to turn on two-step verification */
            requireMfa: boolean;
        };
        UpdateServiceDto: {
            /** @default true */
            active?: boolean;
            /**
             * @description Customers may book it on the public page
             * @default true
             */
            bookableOnline?: boolean;
            /** @example Engine oil and filter */
            description?: string | null;
            /** @example 60 */
            durationMinutes?: number;
            /** @example Oil change */
            name?: string;
            /**
             * @description Gross price in minor units of the workshop currency
             * @example 25000
             */
            priceMinor?: number;
            /**
             * @description VAT rate in basis points (23 % = 2300)
             * @example 2300
             */
            vatRateBp?: number;
        };
        UpdateVehicleDto: {
            /**
             * Format: uuid
             * @description Move the vehicle to another client of this workshop
             */
            clientId?: string;
            engine?: string | null;
            fuelType?: components["schemas"]["FuelType"] | null;
            make?: string;
            /** @description May not go down unless `mileageOverride` is true */
            mileageKm?: number;
            /** @description Allow a lower mileage (a corrected typo, a replaced odometer) */
            mileageOverride?: boolean;
            model?: string;
            plate?: string | null;
            vin?: string | null;
            year?: number | null;
        };
        UpdateWorkshopProfileDto: {
            /** @example Warszawa */
            city?: string | null;
            /**
             * @description ISO 3166-1 alpha-2 (any case), of the address; also the default for clients’ phone numbers and ids
             * @example PL
             */
            country?: string;
            /** @description The workshop’s language: its mails and staff without their own */
            locale?: components["schemas"]["Locale"];
            /** @example Kowalski Auto Serwis */
            name?: string;
            /** @example +48 22 123 45 67 */
            phone?: string | null;
            /** @example 00-238 */
            postalCode?: string | null;
            /**
             * Format: email
             * @description The address customers see; staff sign in with their own
             */
            publicEmail?: string | null;
            /** @example ul. Długa 5 */
            street?: string | null;
            /**
             * @description IANA time zone of the workshop: bookings, invoices and reports all run in it
             * @example Europe/Warsaw
             */
            timeZone?: string;
        };
        UserRef: {
            /** Format: email */
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
        };
        VatGroupResponse: {
            netMinor: number;
            vatMinor: number;
            vatRateBp: number;
        };
        VehiclePageResponse: {
            items: components["schemas"]["VehicleResponse"][];
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /** @description Items on all pages together */
            total: number;
        };
        VehicleResponse: {
            /** Format: uuid */
            clientId: string | null;
            /** Format: date-time */
            createdAt: string;
            engine: string | null;
            fuelType: components["schemas"]["FuelType"] | null;
            /** Format: uuid */
            id: string;
            make: string;
            mileageKm: number | null;
            model: string;
            plate: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Null when the vehicle has no VIN. 'not_applicable': the 9th character is not a check digit (usual outside North America) */
            vinCheckDigit: components["schemas"]["VinCheckDigit"] | null;
            /**
             * @description The last 6 characters of the VIN (its serial part); null when the vehicle has no VIN. The full VIN is not in this response: read it with GET /api/v1/vehicles/{id}/vin (audited).
             * @example 000001
             */
            vinTail: string | null;
            year: number | null;
        };
        /** @enum {string} */
        VehicleSort: "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "make" | "-make" | "plate" | "-plate" | "year" | "-year" | "mileageKm" | "-mileageKm";
        VehicleVinResponse: {
            /**
             * @description The full VIN, normalised; null when the vehicle has none (then nothing is audited)
             * @example WVWZZZ1JZXW000001
             */
            vin: string | null;
            vinCheckDigit: components["schemas"]["VinCheckDigit"] | null;
        };
        VerifyEmailDto: {
            /** @description The `token` query parameter of the verification link */
            token: string;
        };
        /**
         * @description Null when the vehicle has no VIN. 'not_applicable': the 9th character is not a check digit (usual outside North America)
         * @enum {string}
         */
        VinCheckDigit: "valid" | "not_applicable";
        WorkshopProfileResponse: {
            /** @example Warszawa */
            city: string | null;
            /**
             * @description ISO 3166-1 alpha-2
             * @example PL
             */
            country: string;
            /**
             * @description ISO 4217, fixed at signup
             * @example PLN
             */
            currency: string;
            /** Format: uuid */
            id: string;
            locale: components["schemas"]["Locale"];
            /** @example Kowalski Auto Serwis */
            name: string;
            /** @example +48 22 123 45 67 */
            phone: string | null;
            /** @example 00-238 */
            postalCode: string | null;
            /** Format: email */
            publicEmail: string | null;
            /**
             * @description The booking-page address, chosen at signup; renaming the workshop keeps it
             * @example kowalski-auto-serwis
             */
            slug: string;
            /** @example ul. Długa 5 */
            street: string | null;
            /**
             * @description IANA time zone
             * @example Europe/Warsaw
             */
            timeZone: string;
        };
        WorkshopRef: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @example kowalski-auto-serwis */
            slug: string;
        };
        /** @enum {string} */
        WorkshopStatus: "active" | "suspended";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AppointmentsController_calendar: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A day or a week: one lane per bay, blocks with client, vehicle and services, each day’s hours */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAppointmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled; the customer is mailed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveAppointmentDto"];
            };
        };
        responses: {
            /** @description Moved or resized (with endsAt); when the start changed the customer is mailed the new time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_changeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_ofClient: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /**
                 * @deprecated
                 * @description Ignored: the list is always by start: soonest first when upcoming, latest first when past
                 */
                sort?: string;
                /** @description upcoming: not yet ended, soonest first; past: ended, latest first. Cancelled and no-show bookings are listed with their status. */
                when?: components["schemas"]["AppointmentListWhen"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client’s bookings: `?when=upcoming` (soonest first, the default) or `past` (latest first) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AppointmentsController_ofVehicle: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /**
                 * @deprecated
                 * @description Ignored: the list is always by start: soonest first when upcoming, latest first when past
                 */
                sort?: string;
                /** @description upcoming: not yet ended, soonest first; past: ended, latest first. Cancelled and no-show bookings are listed with their status. */
                when?: components["schemas"]["AppointmentListWhen"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vehicle’s bookings: `?when=upcoming` (soonest first, the default) or `past` (latest first) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuditEventsController_list: {
        parameters: {
            query?: {
                /** @description Only events about this entity */
                entityId?: string;
                limit?: number;
                page?: number;
                /**
                 * @deprecated
                 * @description Ignored: the list is always newest first
                 */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who changed which fields of what, newest first; never the values */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EmailChangeController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmEmailChangeDto"];
            };
        };
        responses: {
            /** @description The account now signs in with the new, verified address */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EmailVerificationController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailDto"];
            };
        };
        responses: {
            /** @description The address the link was sent to is verified */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    InvitationsController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description `body` (default): the refresh token is in the answer. `cookie` (browsers): it is set as the HttpOnly `pitlane_refresh` cookie on /api/v1/auth instead and the answer has no `refreshToken`; refresh and end such a session with /auth/session/refresh and /auth/session/logout. A request with an Origin other than the web app’s is refused (403 `foreign-origin`). */
                "X-Refresh-Token-Delivery"?: components["schemas"]["RefreshTokenDelivery"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description Joined, and signed in as by a login (a second-factor challenge if the account has one) */
            201: {
                headers: {
                    /** @description Cookie mode only: `pitlane_refresh=<token>; HttpOnly; Secure; SameSite=Strict; Path=/api/v1/auth; Max-Age=<seconds until the session’s absolute end>` (`Max-Age=0` when the session ends) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"] | components["schemas"]["MfaChallengeResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: {
                /** @description `body` (default): the refresh token is in the answer. `cookie` (browsers): it is set as the HttpOnly `pitlane_refresh` cookie on /api/v1/auth instead and the answer has no `refreshToken`; refresh and end such a session with /auth/session/refresh and /auth/session/logout. A request with an Origin other than the web app’s is refused (403 `foreign-origin`). */
                "X-Refresh-Token-Delivery"?: components["schemas"]["RefreshTokenDelivery"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description A session; or, with two-step verification on, `{ mfaRequired, mfaToken }` for /auth/login/mfa */
            200: {
                headers: {
                    /** @description Cookie mode only: `pitlane_refresh=<token>; HttpOnly; Secure; SameSite=Strict; Path=/api/v1/auth; Max-Age=<seconds until the session’s absolute end>` (`Max-Age=0` when the session ends) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"] | components["schemas"]["MfaChallengeResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_loginMfa: {
        parameters: {
            query?: never;
            header?: {
                /** @description `body` (default): the refresh token is in the answer. `cookie` (browsers): it is set as the HttpOnly `pitlane_refresh` cookie on /api/v1/auth instead and the answer has no `refreshToken`; refresh and end such a session with /auth/session/refresh and /auth/session/logout. A request with an Origin other than the web app’s is refused (403 `foreign-origin`). */
                "X-Refresh-Token-Delivery"?: components["schemas"]["RefreshTokenDelivery"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginMfaDto"];
            };
        };
        responses: {
            /** @description The second step: the session the first step held back */
            200: {
                headers: {
                    /** @description Cookie mode only: `pitlane_refresh=<token>; HttpOnly; Secure; SameSite=Strict; Path=/api/v1/auth; Max-Age=<seconds until the session’s absolute end>` (`Max-Age=0` when the session ends) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session ended; its access token stops working at once */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PasswordResetController_forgot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            /** @description Always, known address or not: if accounts use it, each gets a 6-digit code valid 10 minutes */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PasswordResetController_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description The password is changed; every session in every workshop has ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description `body` (default): the refresh token is in the answer. `cookie` (browsers): it is set as the HttpOnly `pitlane_refresh` cookie on /api/v1/auth instead and the answer has no `refreshToken`; refresh and end such a session with /auth/session/refresh and /auth/session/logout. A request with an Origin other than the web app’s is refused (403 `foreign-origin`). */
                "X-Refresh-Token-Delivery"?: components["schemas"]["RefreshTokenDelivery"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description The next token pair; the one sent is spent */
            200: {
                headers: {
                    /** @description Cookie mode only: `pitlane_refresh=<token>; HttpOnly; Secure; SameSite=Strict; Path=/api/v1/auth; Max-Age=<seconds until the session’s absolute end>` (`Max-Age=0` when the session ends) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BrowserSessionController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session ended (its access token stops working at once) and the cookie is cleared */
            204: {
                headers: {
                    /** @description Cookie mode only: `pitlane_refresh=<token>; HttpOnly; Secure; SameSite=Strict; Path=/api/v1/auth; Max-Age=<seconds until the session’s absolute end>` (`Max-Age=0` when the session ends) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    BrowserSessionController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new access token; the cookie is rotated (the one sent is spent) */
            200: {
                headers: {
                    /** @description Cookie mode only: `pitlane_refresh=<token>; HttpOnly; Secure; SameSite=Strict; Path=/api/v1/auth; Max-Age=<seconds until the session’s absolute end>` (`Max-Age=0` when the session ends) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRefreshResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    AuthController_signup: {
        parameters: {
            query?: never;
            header?: {
                /** @description `body` (default): the refresh token is in the answer. `cookie` (browsers): it is set as the HttpOnly `pitlane_refresh` cookie on /api/v1/auth instead and the answer has no `refreshToken`; refresh and end such a session with /auth/session/refresh and /auth/session/logout. A request with an Origin other than the web app’s is refused (403 `foreign-origin`). */
                "X-Refresh-Token-Delivery"?: components["schemas"]["RefreshTokenDelivery"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupDto"];
            };
        };
        responses: {
            /** @description The workshop, its owner and a first session */
            201: {
                headers: {
                    /** @description Cookie mode only: `pitlane_refresh=<token>; HttpOnly; Secure; SameSite=Strict; Path=/api/v1/auth; Max-Age=<seconds until the session’s absolute end>` (`Max-Age=0` when the session ends) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkshopSwitchController_switch: {
        parameters: {
            query?: never;
            header?: {
                /** @description `body` (default): the refresh token is in the answer. `cookie` (browsers): it is set as the HttpOnly `pitlane_refresh` cookie on /api/v1/auth instead and the answer has no `refreshToken`; refresh and end such a session with /auth/session/refresh and /auth/session/logout. A request with an Origin other than the web app’s is refused (403 `foreign-origin`). */
                "X-Refresh-Token-Delivery"?: components["schemas"]["RefreshTokenDelivery"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchWorkshopDto"];
            };
        };
        responses: {
            /** @description A session in the other workshop (the current one ends); or `{ mfaRequired, mfaToken }` for /auth/login/mfa when this session began before two-step verification was turned on */
            200: {
                headers: {
                    /** @description Cookie mode only: `pitlane_refresh=<token>; HttpOnly; Secure; SameSite=Strict; Path=/api/v1/auth; Max-Age=<seconds until the session’s absolute end>` (`Max-Age=0` when the session ends) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"] | components["schemas"]["MfaChallengeResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClientsController_list: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /** @description A field to order by, prefixed with "-" for descending order */
                sort?: components["schemas"]["ClientSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClientsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClientDto"];
            };
        };
        responses: {
            /** @description A nationalId may be given by owners and managers only (403 for mechanics) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClientsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClientsController_delete: {
        parameters: {
            query?: {
                /** @description Also delete the client’s vehicles */
                cascade?: boolean;
                /** @description GDPR erasure: delete the client and strip their vehicles of VIN, plate and owner (owner or manager) */
                erase?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; with erase=true, erased under GDPR */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClientsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClientDto"];
            };
        };
        responses: {
            /** @description Setting, changing or clearing nationalId is for owners and managers only (403 for mechanics) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClientsController_duplicates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Other clients of this workshop with the same e-mail (any case), phone or first and last name: likely the same person, most likely first (max 20) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDuplicateResponse"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClientsController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything held about the client, decrypted (GDPR access) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientExportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClientsController_merge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeClientDto"];
            };
        };
        responses: {
            /** @description Merges the client in the path into intoClientId: its vehicles, appointments and orders move there, both are audited, and it is deleted. Answers the client that stays. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ClientsController_vehiclesOf: {
        parameters: {
            query?: {
                clientId?: string;
                limit?: number;
                page?: number;
                /** @description Exact plate, ignoring case, spaces and dashes */
                plate?: string;
                /** @description A field to order by, prefixed with "-" for descending order */
                sort?: components["schemas"]["VehicleSort"];
                /** @description Exact lookup by full VIN (17 characters), through its blind index */
                vin?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehiclePageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    InvoicesController_list: {
        parameters: {
            query?: {
                clientId?: string;
                /** @description Issue date from (inclusive, workshop time) */
                from?: string;
                kind?: components["schemas"]["InvoiceKind"];
                limit?: number;
                /** @description Part of the number, e.g. 2026/000123 or 123 */
                number?: string;
                /** @description true: unpaid, not credited invoices whose due date has passed (workshop time); false: all others */
                overdue?: boolean;
                page?: number;
                /** @description A repair order's invoice and any credit note reversing it (the order page) */
                repairOrderId?: string;
                /** @description A field to order by, prefixed with "-" for descending order */
                sort?: components["schemas"]["InvoiceSort"];
                /** @description Invoices only: paid, unpaid (and not credited), or reversed by a credit note */
                status?: components["schemas"]["InvoiceStatusFilter"];
                /** @description Issue date to (inclusive, workshop time) */
                to?: string;
                /** @description A vehicle's invoices and credit notes (the vehicle page) */
                vehicleId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    InvoicesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    InvoicesController_creditNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditNoteDto"];
            };
        };
        responses: {
            /** @description The credit note; the order is completed again */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    InvoicesController_markPaid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkPaidDto"];
            };
        };
        responses: {
            /** @description Paid; the order is now paid. 409 when paid already */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    InvoicesController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice as a PDF attachment named after its number */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MailLogController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Only mail about this repair order: its estimate versions and its car-ready notice. An id that is not one of the workshop's orders lists nothing. */
                orderId?: string;
                page?: number;
                /**
                 * @deprecated
                 * @description Ignored: the list is always newest first
                 */
                sort?: string;
                status?: components["schemas"]["MailStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workshop's outgoing mail, newest first, with status and last error */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailLogPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            /** @description Who you are after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MyClockController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's running clock in this workshop, or null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyClockResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EmailChangeController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeEmailDto"];
            };
        };
        responses: {
            /** @description A confirmation link is on its way to the new address */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EmailVerificationController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new link is on its way; older links stop working */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MfaController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCodeDto"];
            };
        };
        responses: {
            /** @description Off; the secret and the recovery codes are gone */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MfaController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCodeDto"];
            };
        };
        responses: {
            /** @description On; the recovery codes are shown this once */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaEnabledResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MfaController_setup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new secret; any earlier unconfirmed one is replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaSetupResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MySessionsController_list: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /** @description A field to order by, prefixed with "-" for descending order */
                sort?: components["schemas"]["SessionSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessions still usable, most recently used first (`?sort=createdAt|lastUsedAt`, `-` descending) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    MySessionsController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ended: its access and refresh tokens stop working at once */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OperatorAuditController_list: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /**
                 * @deprecated
                 * @description Ignored: the list is always newest first
                 */
                sort?: string;
                /** @description Only what was done to this workshop */
                tenantId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every operator action (sign-ins, refused sign-ins, account and workshop changes), newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorAuditPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OperatorAuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OperatorLoginDto"];
            };
        };
        responses: {
            /** @description An operator session (15 minutes idle, 8 hours at most) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorLoginResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OperatorAuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session ended; its token stops working at once */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OperatorPlatformController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorPlatformHealthResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OperatorMeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in operator */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorMeResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OperatorPlatformController_stats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorPlatformStatsResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OperatorTenantsController_list: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /** @description Part of the name or slug, case-insensitive */
                search?: string;
                /** @description A field to order by, prefixed with "-" for descending order */
                sort?: components["schemas"]["OperatorTenantSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Workshops, newest first unless sorted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorTenantPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OperatorTenantsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperatorTenantDetailResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OperatorTenantsController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantStatusChangeDto"];
            };
        };
        responses: {
            /** @description Active again, and audited with the reason */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OperatorTenantsController_resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new verification link is on its way to the workshop's owner */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OperatorTenantsController_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantStatusChangeDto"];
            };
        };
        responses: {
            /** @description Suspended, and audited with the reason */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PartsController_list: {
        parameters: {
            query?: {
                active?: boolean;
                limit?: number;
                page?: number;
                /** @description Part number prefix or a word of the name */
                q?: string;
                /** @description A field to order by, prefixed with "-" for descending order */
                sort?: components["schemas"]["PartSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PartsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PartsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PartsController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Only a part that never moved; otherwise 409 (deactivate it) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PartsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePartDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PartsController_movements: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /**
                 * @deprecated
                 * @description Ignored: the list is always newest first
                 */
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ledger, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockMovementPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PartsController_recordMovement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMovementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockMovementResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PartsController_lowStock: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /**
                 * @deprecated
                 * @description Refused with 400: the list is always furthest below the reorder point first
                 */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Active parts with stock at or below their reorder point */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicBookingController_calendarFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingTokenDto"];
            };
        };
        responses: {
            /** @description The booking as an iCalendar file, the same the mails attach */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicBookingController_manage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The token and what to do with its booking, by `action`; no other field is accepted */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelBookingAction"] | components["schemas"]["RescheduleBookingAction"];
            };
        };
        responses: {
            /** @description The booking after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicBookingResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicBookingController_view: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicBookingResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicEstimatesController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideEstimateDto"];
            };
        };
        responses: {
            /** @description The estimate with the decision recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicEstimateResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicEstimatesController_view: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EstimateTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicEstimateResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicBookingController_profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicWorkshopResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicBookingController_availability: {
        parameters: {
            query: {
                from: string;
                /** @description Comma-separated service ids */
                serviceIds: string;
                to: string;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    PublicBookingController_book: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBookingDto"];
            };
        };
        responses: {
            /** @description Booked; the manage link is also mailed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedBookingResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RepairOrdersController_list: {
        parameters: {
            query?: {
                clientId?: string;
                limit?: number;
                /** @description Exactly this order number */
                number?: number;
                page?: number;
                /** @description A field to order by, prefixed with "-" for descending order */
                sort?: components["schemas"]["RepairOrderSort"];
                status?: components["schemas"]["RepairOrderStatus"];
                vehicleId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairOrderPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RepairOrdersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRepairOrderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairOrderResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RepairOrdersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairOrderResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RepairOrdersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRepairOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairOrderResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EstimatesController_list: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /**
                 * @deprecated
                 * @description Ignored: the list is always newest version first
                 */
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first, each with its decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstimateVersionPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EstimatesController_send: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendEstimateDto"];
            };
        };
        responses: {
            /** @description The new version, mailed to the client (or with its link when the client has no e-mail) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentEstimateResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    EstimatesController_recordApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The version number (1, 2, …) */
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordApprovalDto"];
            };
        };
        responses: {
            /** @description The version with the recorded decision */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstimateVersionResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrderInvoiceController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Issued; the order is now invoiced. 409 when it is not completed or billing details are missing */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RepairOrdersController_addLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddLineDto"];
            };
        };
        responses: {
            /** @description The order with the new line and totals */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairOrderResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RepairOrdersController_removeLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RepairOrdersController_updateLine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLineDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairOrderResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrderTimeController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The running entry; `stopped` is the caller's clock elsewhere that this stopped */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockStartResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrderTimeController_stop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stopped entry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrderTimeController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTimeEntryDto"];
            };
        };
        responses: {
            /** @description The entry, logged as added with its reason */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrderMechanicsController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order with its mechanics; assigning twice is a no-op */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairOrderResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrderMechanicsController_unassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unassigned; 409 mechanic-has-work while they have time or lines on it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrderTimeController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderTimeResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrderTimeController_list: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /**
                 * @deprecated
                 * @description Ignored: the list is always by start, earliest first
                 */
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrderTimeController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteTimeEntryDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    OrderTimeController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectTimeEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeEntryResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RepairOrdersController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            /** @description Moved; a 409 names the `allowed` targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepairOrderResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    RepairOrdersController_board: {
        parameters: {
            query?: {
                /** @description What `from` and `to` apply to: the promised time (default) or when the order was opened */
                dateField?: components["schemas"]["BoardDateField"];
                /** @description First day, the workshop's time zone */
                from?: string;
                /** @description Only orders this staff member is assigned to */
                mechanicId?: string;
                /** @description Only orders the caller is assigned to ("my jobs") */
                mine?: boolean;
                /** @description Cards per column, the latest status changes first */
                perColumn?: number;
                /** @description Last day (included), the workshop's zone */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A column per status with its count and cards; moves offered are those of the caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderBoardResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReportsController_mechanicHours: {
        parameters: {
            query: {
                /** @description First day, in the workshop time zone (included) */
                from: string;
                /** @description Last day, in the workshop time zone (included) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MechanicHoursReportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReportsController_openOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenOrdersReportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReportsController_revenueReport: {
        parameters: {
            query: {
                /** @description First day, in the workshop time zone (included) */
                from: string;
                /** @description Last day, in the workshop time zone (included) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevenueReportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReportsController_revenueSeries: {
        parameters: {
            query: {
                /** @description First day, in the workshop time zone (included) */
                from: string;
                granularity?: components["schemas"]["ReportGranularity"];
                /** @description Last day, in the workshop time zone (included) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevenueSeriesReportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReportsController_topClients: {
        parameters: {
            query: {
                /** @description First day, in the workshop time zone (included) */
                from: string;
                limit?: number;
                /** @description Last day, in the workshop time zone (included) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopClientsReportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ReportsController_topServices: {
        parameters: {
            query: {
                /** @description First day, in the workshop time zone (included) */
                from: string;
                limit?: number;
                /** @description Last day, in the workshop time zone (included) */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopServicesReportResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SearchController_search: {
        parameters: {
            query?: {
                limit?: number;
                /** @description What was typed: a plate or its start, a name (typos forgiven, accents optional), make and model, a year, a phone number in any format, a full VIN or its last 6 characters. Blank answers no hits. */
                q?: string;
                /** @description What to look for (default both): the parameter repeated, or its values comma-separated */
                types?: components["schemas"]["SearchableType"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Clients and vehicles of your workshop, best first, as they are now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ServicesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceOfferingResponse"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ServicesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceOfferingResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ServicesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateServiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceOfferingResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    InvoicingSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceSettingsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    InvoicingSettingsController_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutInvoiceSettingsDto"];
            };
        };
        responses: {
            /** @description Replaced as a whole; `missing` lists what issuing still needs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceSettingsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ScheduleSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleSettingsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    ScheduleSettingsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScheduleSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleSettingsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SecuritySettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecuritySettingsResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    SecuritySettingsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSecuritySettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecuritySettingsResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkshopProfileController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopProfileResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    WorkshopProfileController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkshopProfileDto"];
            };
        };
        responses: {
            /** @description The profile after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkshopProfileResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StaffController_list: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /** @description A field to order by, prefixed with "-" for descending order */
                sort?: components["schemas"]["StaffSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    InvitationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            /** @description Invited; the mail with a 7-day link is on its way */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StaffController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StaffController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed from the workshop; their sessions end at once */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    StaffController_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            /** @description Owners change anyone; managers never touch owners */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    InvitationsController_list: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /**
                 * @deprecated
                 * @description Ignored: the list is always pending first, then newest first
                 */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending first, then newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    InvitationsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked: the link stops working */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    InvitationsController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new link, valid 7 days; the old one stops working */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VehiclesController_list: {
        parameters: {
            query?: {
                clientId?: string;
                limit?: number;
                page?: number;
                /** @description Exact plate, ignoring case, spaces and dashes */
                plate?: string;
                /** @description A field to order by, prefixed with "-" for descending order */
                sort?: components["schemas"]["VehicleSort"];
                /** @description Exact lookup by full VIN (17 characters), through its blind index */
                vin?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `?vin=` is an exact lookup through the blind index */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehiclePageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VehiclesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVehicleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehicleResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VehiclesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehicleResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VehiclesController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VehiclesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVehicleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehicleResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VehiclesController_mileageHistory: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                /**
                 * @deprecated
                 * @description Ignored: the list is always newest first
                 */
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every odometer reading of the vehicle: typed on it by staff, or noted at a repair order's intake. `decreased` marks a reading lower than the one before it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MileagePageResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VehiclesController_vin: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The full VIN, which other vehicle responses mask to its last 6 characters. Each call with a VIN is recorded in the audit trail (vehicle.vin_revealed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehicleVinResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    VehiclesController_recent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What you opened or edited last, newest first (max 20) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VehicleResponse"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessResponse"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
}

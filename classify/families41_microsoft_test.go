package classify

import (
	"testing"
)

// Round 41's Microsoft identity platform, Graph and EWS families
// (classify/round41_microsoft.go): the round's texts, sibling messages of the
// same vocabularies the round does not hold, and look-alikes that must not
// read as a refused login or a dead grant.
func TestRound41MicrosoftFamilies(t *testing.T) {
	assertTextRules(t, []textCase{
		// Entra codes no revision of the reference lists, and codes of the
		// revision of 2025-02-03: the table decides.
		{`{"error":"invalid_request","error_description":"AADSTS1002016: You are using TLS version 1.0, 1.1 and/or 3DES cipher which are deprecated to improve the security posture of Azure AD. Your TenantID is: {tenant_id}. Please refer to https://go.microsoft.com/fwlink/?linkid=2161187 and conduct needed actions to remediate the issue. For further questions, please contact your administrator."}`, ClassConfig, "aadsts_client_setup"},
		{`{"error":"invalid_request","error_description":"AADSTS1002016: You are using TLS version 1.0, 1.1 and/or 3DES cipher which are deprecated."}`, ClassConfig, "aadsts_client_setup"},
		{"AADSTS650053: The application 'APPNAME' asked for scope 'message_all' that doesn't exist on the resource '00000003-0000-0000-c000-000000000000'. Contact the app vendor.", ClassPlatform, "aadsts_app_misconfigured"},
		{"AADSTS650053: The application 'Mail Sync' asked for scope 'IMAP.AccessAsUser' that doesn't exist on the resource 'https://outlook.office.com'.", ClassPlatform, "aadsts_app_misconfigured"},
		{"AADSTS900981: An admin consent request was received for a risky app.", ClassAdmin, "aadsts_admin_policy"},
		{"AADSTS50142: Password change is required due to a Conditional Access policy.", ClassAdmin, "aadsts_admin_policy"},
		{"AADSTS650059: The application is not configured for use in the tenant.", ClassPlatform, "aadsts_app_misconfigured"},
		{"AADSTS50150: The provided credentials does not have a valid user consent approval information.", ClassRevoked, "aadsts_grant_gone"},
		{"AADSTS50157: User redirection required for routing.", ClassTransient, "aadsts_temporary"},

		// The same messages without their code.
		{"Provided value for the input parameter scope is not valid because it contains more than one resource.", ClassPlatform, "ms_entra_scope_request"},
		{"The provided value for the input parameter scope isn't valid because it contains more than one resource.", ClassPlatform, "ms_entra_scope_request"},
		{"The provided value for the input parameter scope isn't valid when requesting an access token.", ClassPlatform, "ms_entra_scope_request"},
		{"Provided value for the input parameter scope can't be empty when requesting an access token using the provided authorization code. Specify a valid scope.", ClassPlatform, "ms_entra_scope_request"},
		{"The application 'Mail Sync' asked for scope 'Mail.Send' that doesn't exist on the resource 'https://outlook.office.com'. Contact the app vendor.", ClassPlatform, "ms_entra_scope_request"},
		{"The app requested consent to access resource Office 365 Exchange Online. This request failed because it doesn't match how the app was pre-configured during app registration. Contact the app vendor.", ClassPlatform, "ms_entra_scope_request"},

		// The consent screen: only an administrator can grant the app.
		{"This app may be risky. If you trust this app, please ask your admin to grant you access", ClassAdmin, "ms_entra_consent_admin"},
		{"This app may be risky. Only continue if you trust this app.", ClassAdmin, "ms_entra_consent_admin"},
		{"An admin consent request was received for a risky app.", ClassAdmin, "ms_entra_consent_admin"},
		{"Mail Sync is requesting one or more permissions that you aren't authorized to grant. Contact an administrator, who can consent to this application on your behalf.", ClassAdmin, "ms_entra_consent_admin"},
		{"An administrator of Contoso has set a policy that prevents you from granting Mail Sync the permissions it's requesting.", ClassAdmin, "ms_entra_consent_admin"},

		// Graph: Outlook's per app and mailbox limits.
		{"Error Message: Application is over its IncomingBytes limit.", ClassRateLimited, "ms_graph_throttled"},
		{`{"error":{"code":"ApplicationThrottled","message":"Application is over its IncomingBytes limit."}}`, ClassRateLimited, ""},
		{"Client application is over its resource limit.", ClassRateLimited, "ms_graph_throttled"},
		{"activityLimitReached", ClassRateLimited, "ms_graph_throttled"},

		// Graph: the application has no identity in the tenant.
		{"  Unauthorized (HTTP 401). Failed to complete operation. Message:\nThe identity of the calling application could not be\nestablished.", ClassPlatform, "ms_graph_app_identity"},
		{"The identity of the calling application could not be established.", ClassPlatform, "ms_graph_app_identity"},
		{`{"odata.error":{"code":"Authorization_IdentityNotFound","message":{"lang":"en","value":"The identity of the calling application could not be established."}}}`, ClassPlatform, "ms_graph_app_identity"},

		// EWS Managed API: Autodiscover and the client's own setup.
		{"2022/01/11 14:24:28 ERROR Failed to Sync-ContactList for email@email.com Exception calling \"AutodiscoverUrl\" with \"2\" argument(s): \"The Autodiscover service couldn't be located.\"", ClassConfig, "ms_ews_setup"},
		{"Microsoft.Exchange.WebServices.Data.AutodiscoverLocalException: The Autodiscover service couldn't be located.", ClassConfig, "ms_ews_setup"},
		{"The Autodiscover service returned an error.", ClassConfig, "ms_ews_setup"},
		{"The Autodiscover service didn't return an appropriate URL that can be used for the ExchangeService Autodiscover URL.", ClassConfig, "ms_ews_setup"},
		{"No appropriate Autodiscover SOAP or WS-Security endpoint is available.", ClassConfig, "ms_ews_setup"},
		{"Autodiscover blocked a potentially insecure redirection to https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml.", ClassConfig, "ms_ews_setup"},
		{"Credentials are required to make a service request.", ClassConfig, "ms_ews_setup"},
		{"Exchange Server doesn't support the requested version.", ClassConfig, "ms_ews_setup"},

		// EWS Managed API: OAuthCredentials refuses the product's token.
		{"Error: System.ArgumentException: The given token is invalid.", ClassPlatform, "ms_ews_token_refused"},
		{"System.ArgumentException: The token auth scheme should be bearer.", ClassPlatform, "ms_ews_token_refused"},
	})

	// Look-alikes: nothing here is a refused password or a dead grant.
	assertNotClasses(t, []string{
		"AADSTS1002016: You are using TLS version 1.0, 1.1 and/or 3DES cipher which are deprecated. For further questions, please contact your administrator.",
		"Provided value for the input parameter scope can't be empty when requesting an access token using the provided authorization code.",
		"The application 'x' asked for scope 'y' that doesn't exist on the resource 'z'.",
		"The Autodiscover service returned an error.",
		"The given token is invalid.",
		"The identity of the calling application could not be established.",
		"Application is over its MailboxConcurrency limit.",
	}, ClassAuth, ClassRevoked, ClassRecipient)
}

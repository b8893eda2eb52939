package classify

// aadstsTable gives every code of Microsoft Entra's "AADSTS error codes" table
// (https://learn.microsoft.com/entra/identity-platform/reference-error-codes)
// its class, sorted by code. The comment is the code's name on that page. Rows
// marked "not on the page" are codes Entra returns that the page's table does
// not list; their class follows Microsoft's own error text. The table agrees
// with testdata/catalogs/entra_aadsts.jsonl row for row (TestAADSTSTable).
// Rows marked "reference of 2025-02-03" are the codes the page's revision of
// that date adds (as merill/entra-docs-mirror keeps it, commit 60bcd50e);
// testdata/catalogs/entra_aadsts_2025.jsonl holds them, except AADSTS90112,
// whose text is a held-out row's.
var aadstsTable = [...]aadstsEntry{
	{16000, ClassAuth},          // InteractionRequired
	{16001, ClassAuth},          // UserAccountSelectionInvalid
	{16002, ClassPlatform},      // AppSessionSelectionInvalid
	{16003, ClassAdmin},         // SsoUserAccountNotFoundInResourceTenant
	{17003, ClassTransient},     // CredentialKeyProvisioningFailed
	{20001, ClassAdmin},         // WsFedSignInResponseError
	{20012, ClassAdmin},         // WsFedMessageInvalid
	{20033, ClassAdmin},         // FedMetadataInvalidTenantName
	{28002, ClassPlatform},      // Provided value for the input parameter scope '{sco
	{28003, ClassPlatform},      // Provided value for the input parameter scope can't
	{40008, ClassAdmin},         // OAuth2IdPUnretryableServerError
	{40009, ClassAdmin},         // OAuth2IdPRefreshTokenRedemptionUserError
	{40010, ClassTransient},     // OAuth2IdPRetryableServerError
	{40015, ClassAdmin},         // OAuth2IdPAuthCodeRedemptionUserError
	{50000, ClassTransient},     // TokenIssuanceError
	{50001, ClassPlatform},      // InvalidResource
	{50002, ClassAdmin},         // NotAllowedTenant
	{50003, ClassPlatform},      // MissingSigningKey
	{50005, ClassAdmin},         // DevicePolicyError
	{50006, ClassPlatform},      // InvalidSignature
	{50007, ClassPlatform},      // PartnerEncryptionCertificateMissing
	{50008, ClassAdmin},         // InvalidSamlToken
	{50010, ClassPlatform},      // AudienceUriValidationFailed
	{50011, ClassPlatform},      // InvalidReplyTo
	{50012, ClassPlatform},      // AuthenticationFailed
	{50013, ClassPlatform},      // InvalidAssertion
	{50014, ClassAdmin},         // GuestUserInPendingState
	{50015, ClassAuth},          // ViralUserLegalAgeConsentRequiredState
	{50017, ClassAdmin},         // CertificateValidationFailed
	{50020, ClassPlatform},      // UserUnauthorized
	{50027, ClassPlatform},      // InvalidJwtToken
	{50029, ClassPlatform},      // Invalid URI - domain name contains invalid charact
	{50032, ClassPlatform},      // WeakRsaKey
	{50033, ClassTransient},     // RetryableError
	{50034, ClassRevoked},       // UserAccountNotFound
	{50042, ClassAdmin},         // UnableToGeneratePairwiseIdentifierWithMissingSalt
	{50043, ClassAdmin},         // UnableToGeneratePairwiseIdentifierWithMultipleSalt
	{50048, ClassPlatform},      // SubjectMismatchesIssuer
	{50049, ClassPlatform},      // NoSuchInstanceForDiscovery
	{50050, ClassPlatform},      // MalformedDiscoveryRequest
	{50053, ClassAuthTemporary}, // This error can result from two different reasons:
	{50055, ClassAuth},          // InvalidPasswordExpiredPassword
	{50056, ClassAuth},          // Invalid or null password: password doesn't exist i
	{50057, ClassRevoked},       // UserDisabled
	{50058, ClassRevoked},       // UserInformationNotProvided
	{50059, ClassPlatform},      // MissingTenantRealmAndNoUserInformationProvided
	{50061, ClassPlatform},      // SignoutInvalidRequest
	{50064, ClassAuth},          // CredentialAuthenticationError
	{50068, ClassPlatform},      // SignoutInitiatorNotParticipant
	{50070, ClassPlatform},      // SignoutUnknownSessionIdentifier
	{50071, ClassPlatform},      // SignoutMessageExpired
	{50072, ClassRevoked},       // UserStrongAuthEnrollmentRequiredInterrupt
	{50074, ClassRevoked},       // UserStrongAuthClientAuthNRequiredInterrupt
	{50076, ClassRevoked},       // UserStrongAuthClientAuthNRequired
	{50078, ClassRevoked},       // UserStrongAuthExpired
	{50079, ClassRevoked},       // UserStrongAuthEnrollmentRequired
	{50085, ClassRevoked},       // Refresh token needs social IDP login. Have user tr
	{50086, ClassAuth},          // SasNonRetryableError
	{50087, ClassTransient},     // SasRetryableError
	{50088, ClassRateLimited},   // Limit on telecom MFA calls reached. Please try aga
	{50089, ClassRevoked},       // Authentication failed due to flow token expired. E
	{50097, ClassAdmin},         // DeviceAuthenticationRequired
	{50098, ClassPlatform},      // JWT body must contain '{field}'. (reference of 2025-02-03)
	{50099, ClassPlatform},      // PKeyAuthInvalidJwtUnauthorized
	{50100, ClassAdmin},         // There was an error transforming the claims for the (reference of 2025-02-03)
	{50101, ClassAdmin},         // Unknown claims transformer '{name}' was specified  (reference of 2025-02-03)
	{50102, ClassAdmin},         // Unable to load CustomClaimsTransformer '{type}' wa (reference of 2025-02-03)
	{50103, ClassAdmin},         // There was an error transforming the claims for the (reference of 2025-02-03)
	{50105, ClassAdmin},         // EntitlementGrantsNotFound
	{50107, ClassAdmin},         // InvalidRealmUri
	{50108, ClassAdmin},         // Claims transformation configuration could not be r (reference of 2025-02-03)
	{50109, ClassAdmin},         // Claim transformation is unknown from configuration (reference of 2025-02-03)
	{50111, ClassAdmin},         // Unknown claim transformation was asked to be appli (reference of 2025-02-03)
	{50117, ClassPlatform},      // Failed to deserialize policy specified in the requ (reference of 2025-02-03)
	{50120, ClassAdmin},         // ThresholdJwtInvalidJwtFormat
	{50123, ClassAdmin},         // Unknown claims transformation method '{method}' wa (reference of 2025-02-03)
	{50124, ClassAdmin},         // ClaimsTransformationInvalidInputParameter
	{50125, ClassRevoked},       // PasswordResetRegistrationRequiredInterrupt
	{50126, ClassAuth},          // InvalidUserNameOrPassword
	{50127, ClassAdmin},         // BrokerAppNotInstalled
	{50128, ClassPlatform},      // Invalid domain name - No tenant-identifying inform
	{50129, ClassAdmin},         // DeviceIsNotWorkplaceJoined
	{50130, ClassPlatform},      // The claim value(s) '{value}' cannot be interpreted (reference of 2025-02-03)
	{50131, ClassAdmin},         // ConditionalAccessFailed
	{50132, ClassRevoked},       // SsoArtifactInvalidOrExpired
	{50133, ClassRevoked},       // SsoArtifactRevoked
	{50134, ClassPlatform},      // DeviceFlowAuthorizeWrongDatacenter
	{50135, ClassAuth},          // PasswordChangeCompromisedPassword
	{50136, ClassPlatform},      // RedirectMsaSessionToApp
	{50137, ClassAuth},          // Password needs to be changed due to security polic (reference of 2025-02-03)
	{50138, ClassUnknown},       // Invalid encryption key environment. (reference of 2025-02-03)
	{50139, ClassRevoked},       // SessionMissingMsaOAuth2RefreshToken
	{50140, ClassRevoked},       // KmsiInterrupt
	{50141, ClassUnknown},       // Protected key isn't intended for the authenticated (reference of 2025-02-03)
	{50142, ClassAdmin},         // Password change is required due to a Conditional A (reference of 2025-02-03)
	{50143, ClassPlatform},      // Session mismatch - Session is invalid because user
	{50144, ClassAuth},          // InvalidPasswordExpiredOnPremPassword
	{50146, ClassPlatform},      // MissingCustomSigningKey
	{50147, ClassPlatform},      // MissingCodeChallenge
	{50148, ClassPlatform},      // the code_verifier does not match the code_challenge (PKCE) (not on the page)
	{50149, ClassPlatform},      // Invalid Code_Challenge_method parameter. (reference of 2025-02-03)
	{50150, ClassRevoked},       // The provided credentials does not have a valid use (reference of 2025-02-03)
	{50155, ClassAdmin},         // DeviceAuthenticationFailed
	{50156, ClassPlatform},      // Device tokens are not supported for V2 resource. (reference of 2025-02-03)
	{50157, ClassTransient},     // User redirection required for routing. (reference of 2025-02-03)
	{50158, ClassRevoked},       // ExternalSecurityChallenge
	{50159, ClassAdmin},         // Claims sent by external provider are not enough. (reference of 2025-02-03)
	{50160, ClassPlatform},      // Different target tenant is preferred. (reference of 2025-02-03)
	{50161, ClassAdmin},         // InvalidExternalSecurityChallengeConfiguration
	{50162, ClassTransient},     // Claims transformation has timed out. This indicate (reference of 2025-02-03)
	{50163, ClassAdmin},         // Regular expression replacement for claims transfor (reference of 2025-02-03)
	{50164, ClassPlatform},      // The supplied access token was not issued for the p (reference of 2025-02-03)
	{50165, ClassPlatform},      // The token encrypting algorithm '{algorithm}' reque (reference of 2025-02-03)
	{50166, ClassRateLimited},   // ExternalClaimsProviderThrottled
	{50167, ClassPlatform},      // Invalid pop_jwk key. (reference of 2025-02-03)
	{50168, ClassRevoked},       // ChromeBrowserSsoInterruptRequired
	{50169, ClassPlatform},      // InvalidRequestBadRealm
	{50170, ClassAdmin},         // MissingExternalClaimsProviderMapping
	{50171, ClassPlatform},      // The given audience can only be used in Mutual-TLS  (reference of 2025-02-03)
	{50172, ClassAdmin},         // External claims provider {provider} isn't approved (reference of 2025-02-03)
	{50173, ClassRevoked},       // FreshTokenNeeded
	{50176, ClassAdmin},         // Missing definition of external control: {controlId (reference of 2025-02-03)
	{50177, ClassAdmin},         // ExternalChallengeNotSupportedForPassthroughUsers
	{50178, ClassAdmin},         // SessionControlNotSupportedForPassthroughUsers
	{50180, ClassAdmin},         // WindowsIntegratedAuthMissing
	{50187, ClassAdmin},         // DeviceInformationNotProvided
	{50192, ClassAuth},          // Invalid Request - RawCredentialExpectedNotFound -
	{50194, ClassPlatform},      // Application '{appId}'({appName}) isn't configured
	{50196, ClassRateLimited},   // LoopDetected
	{50197, ClassAuth},          // ConflictingIdentities
	{50199, ClassRevoked},       // CmsiInterrupt
	{51000, ClassAdmin},         // RequiredFeatureNotEnabled
	{51001, ClassPlatform},      // DomainHintMustbePresent
	{51004, ClassRevoked},       // UserAccountNotInDirectory
	{51005, ClassTransient},     // TemporaryRedirect
	{51006, ClassRevoked},       // ForceReauthDueToInsufficientAuth
	{52004, ClassRevoked},       // DelegationDoesNotExistForLinkedIn
	{53000, ClassAdmin},         // DeviceNotCompliant
	{53001, ClassAdmin},         // DeviceNotDomainJoined
	{53002, ClassAdmin},         // ApplicationUsedIsNotAnApprovedApp
	{53003, ClassAdmin},         // BlockedByConditionalAccess
	{53004, ClassRevoked},       // ProofUpBlockedDueToRisk
	{53005, ClassAdmin},         // Application needs to enforce Intune protection policies (not on the page; Conditional Access "require app protection policy", AzureAD/microsoft-authentication-library-for-android#1149)
	{53009, ClassAdmin},         // Application needs to enforce Intune protection policies (not on the page; microsoftconnect/Taskr-Sample-Intune-Android-App#40)
	{53010, ClassAdmin},         // ProofUpBlockedDueToSecurityInfoAcr
	{53011, ClassAdmin},         // User blocked due to risk on home tenant
	{54000, ClassBlocked},       // MinorUserBlockedLegalAgeGroupRule
	{54005, ClassPlatform},      // OAuth2 Authorization code was already redeemed, pl
	{65001, ClassRevoked},       // DelegationDoesNotExist
	{65002, ClassPlatform},      // Consent between first party application '{applicat
	{65004, ClassRevoked},       // UserDeclinedConsent
	{65005, ClassPlatform},      // MisconfiguredApplication
	{67003, ClassPlatform},      // ActorNotValidServiceIdentity
	{70000, ClassRevoked},       // InvalidGrant
	{70001, ClassPlatform},      // UnauthorizedClient
	{70002, ClassPlatform},      // InvalidClient
	{70003, ClassPlatform},      // UnsupportedGrantType
	{70004, ClassPlatform},      // InvalidRedirectUri
	{70005, ClassPlatform},      // UnsupportedResponseType
	{70007, ClassPlatform},      // UnsupportedResponseMode
	{70008, ClassRevoked},       // ExpiredOrRevokedGrant
	{70011, ClassPlatform},      // InvalidScope
	{70012, ClassTransient},     // MsaServerError
	{70016, ClassTransient},     // AuthorizationPending
	{70018, ClassAuth},          // BadVerificationCode
	{70019, ClassAuth},          // CodeExpired
	{70043, ClassRevoked},       // BadTokenDueToSignInFrequency
	{75001, ClassPlatform},      // BindingSerializationError
	{75003, ClassPlatform},      // UnsupportedBindingError
	{75005, ClassPlatform},      // Saml2MessageInvalid
	{75008, ClassPlatform},      // RequestDeniedError
	{75011, ClassPlatform},      // NoMatchedAuthnContextInOutputClaims
	{75016, ClassPlatform},      // Saml2AuthenticationRequestInvalidNameIDPolicy
	{76021, ClassPlatform},      // ApplicationRequiresSignedRequests
	{76026, ClassPlatform},      // RequestIssueTimeExpired
	{80001, ClassTransient},     // OnPremiseStoreIsNotAvailable
	{80002, ClassTransient},     // OnPremisePasswordValidatorRequestTimedout
	{80005, ClassTransient},     // OnPremisePasswordValidatorUnpredictableWebException
	{80007, ClassTransient},     // OnPremisePasswordValidatorErrorOccurredOnPrem
	{80010, ClassTransient},     // OnPremisePasswordValidationEncryptionException
	{80012, ClassAdmin},         // OnPremisePasswordValidationAccountLogonInvalidHours
	{80013, ClassTransient},     // OnPremisePasswordValidationTimeSkew
	{80014, ClassTransient},     // OnPremisePasswordValidationAuthenticationAgentTimeout
	{81004, ClassAuth},          // DesktopSsoIdentityInTicketIsNotAuthenticated
	{81005, ClassPlatform},      // DesktopSsoAuthenticationPackageNotSupported
	{81006, ClassPlatform},      // DesktopSsoNoAuthorizationHeader
	{81007, ClassAdmin},         // DesktopSsoTenantIsNotOptIn
	{81009, ClassAuth},          // DesktopSsoAuthorizationHeaderValueWithBadFormat
	{81010, ClassAuth},          // DesktopSsoAuthTokenInvalid
	{81011, ClassAuth},          // DesktopSsoLookupUserBySidFailed
	{81012, ClassAuth},          // DesktopSsoMismatchBetweenTokenUpnAndChosenUpn
	{90002, ClassPlatform},      // InvalidTenantName
	{90004, ClassPlatform},      // InvalidRequestFormat
	{90005, ClassPlatform},      // InvalidRequestWithMultipleRequirements
	{90006, ClassTransient},     // ExternalServerRetryableError
	{90007, ClassPlatform},      // InvalidSessionId
	{90008, ClassPlatform},      // TokenForItselfRequiresGraphPermission
	{90009, ClassPlatform},      // TokenForItselfMissingIdenticalAppIdentifier
	{90010, ClassPlatform},      // NotSupported
	{90012, ClassTransient},     // RequestTimeout
	{90013, ClassAuth},          // InvalidUserInput
	{90014, ClassPlatform},      // MissingRequiredField
	{90015, ClassPlatform},      // QueryStringTooLong
	{90016, ClassPlatform},      // MissingRequiredClaim
	{90019, ClassPlatform},      // MissingTenantRealm
	{90020, ClassPlatform},      // The SAML 1.1 Assertion is missing ImmutableID of t
	{90022, ClassPlatform},      // AuthenticatedInvalidPrincipalNameFormat
	{90023, ClassPlatform},      // InvalidRequest
	{90024, ClassTransient},     // RequestBudgetExceededError
	{90025, ClassTransient},     // the request took too long to process (retry) (not on the page)
	{90027, ClassPlatform},      // We are unable to issue tokens from this API versio
	{90033, ClassTransient},     // MsodsServiceUnavailable
	{90036, ClassTransient},     // MsodsServiceUnretryableFailure
	{90038, ClassPlatform},      // NationalCloudTenantRedirection
	{90043, ClassPlatform},      // NationalCloudAuthCodeRedirection
	{90051, ClassPlatform},      // InvalidNationalCloudId
	{90055, ClassRateLimited},   // TenantThrottlingError
	{90056, ClassPlatform},      // BadResourceRequest
	{90072, ClassAuth},          // PassThroughUserMfaError
	{90081, ClassPlatform},      // OrgIdWsFederationMessageInvalid
	{90082, ClassPlatform},      // OrgIdWsFederationNotSupported
	{90084, ClassAdmin},         // OrgIdWsFederationGuestNotAllowed
	{90085, ClassAdmin},         // OrgIdWsFederationSltRedemptionFailed
	{90086, ClassAuth},          // OrgIdWsTrustDaTokenExpired
	{90087, ClassPlatform},      // OrgIdWsFederationMessageCreationFromUriFailed
	{90090, ClassTransient},     // GraphRetryableError
	{90091, ClassTransient},     // GraphServiceUnreachable
	{90092, ClassTransient},     // GraphNonRetryableError
	{90093, ClassAdmin},         // GraphUserUnauthorized
	{90094, ClassAdmin},         // AdminConsentRequired
	{90095, ClassAdmin},         // AdminConsentRequiredRequestAccess
	{90099, ClassAdmin},         // The application '{appId}' ({appName}) has not been
	{90100, ClassPlatform},      // InvalidRequestParameter
	{90101, ClassAuth},          // InvalidEmailAddress
	{90102, ClassPlatform},      // InvalidUriParameter
	{90107, ClassPlatform},      // InvalidXml
	{90112, ClassPlatform},      // Application identifier is expected to be a GUID (reference of 2025-02-03; no catalog row: the text is a held-out row's)
	{90114, ClassPlatform},      // InvalidExpiryDate
	{90117, ClassPlatform},      // InvalidRequestInput
	{90119, ClassPlatform},      // InvalidUserCode
	{90120, ClassPlatform},      // InvalidDeviceFlowRequest
	{90121, ClassPlatform},      // InvalidEmptyRequest
	{90123, ClassAdmin},         // IdentityProviderAccessDenied
	{90124, ClassPlatform},      // V1ResourceV2GlobalEndpointNotSupported
	{90125, ClassAuth},          // DebugModeEnrollTenantNotFound
	{90126, ClassPlatform},      // DebugModeEnrollTenantNotInferred
	{90130, ClassPlatform},      // NonConvergedAppV2GlobalEndpointNotSupported
	{100007, ClassPlatform},     // Microsoft Entra Regional ONLY supports auth either
	{120000, ClassAuth},         // PasswordChangeIncorrectCurrentPassword
	{120002, ClassAuth},         // PasswordChangeInvalidNewPasswordWeak
	{120003, ClassAuth},         // PasswordChangeInvalidNewPasswordContainsMemberName
	{120004, ClassAuth},         // PasswordChangeOnPremComplexity
	{120005, ClassTransient},    // PasswordChangeOnPremSuccessCloudFail
	{120008, ClassTransient},    // PasswordChangeAsyncJobStateTerminated
	{120011, ClassTransient},    // PasswordChangeAsyncUpnInferenceFailed
	{120012, ClassAuth},         // PasswordChangeNeedsToHappenOnPrem
	{120013, ClassTransient},    // PasswordChangeOnPremisesConnectivityFailure
	{120014, ClassRevoked},      // PasswordChangeOnPremUserAccountLockedOutOrDisabled
	{120015, ClassAdmin},        // PasswordChangeADAdminActionRequired
	{120016, ClassAuth},         // PasswordChangeUserNotFoundBySspr
	{120018, ClassAuth},         // PasswordChangePasswordDoesnotComplyFuzzyPolicy
	{120020, ClassTransient},    // PasswordChangeFailure
	{120021, ClassTransient},    // PartnerServiceSsprInternalServiceError
	{130004, ClassAuth},         // NgcKeyNotFound
	{130005, ClassAuth},         // NgcInvalidSignature
	{130006, ClassAuth},         // NgcTransportKeyNotFound
	{130007, ClassAdmin},        // NgcDeviceIsDisabled
	{130008, ClassAuth},         // NgcDeviceIsNotFound
	{135010, ClassAuth},         // KeyNotFound
	{135011, ClassAdmin},        // Device used during the authentication is disabled
	{140000, ClassPlatform},     // InvalidRequestNonce
	{140001, ClassPlatform},     // InvalidSessionKey
	{160021, ClassPlatform},     // AppSessionSelectionInvalidSessionNotExist
	{165004, ClassUnknown},      // Actual message content is runtime specific
	{165900, ClassPlatform},     // InvalidApiRequest
	{220450, ClassPlatform},     // UnsupportedAndroidWebViewVersion
	{220501, ClassAdmin},        // InvalidCrlDownload
	{221000, ClassPlatform},     // DeviceOnlyTokensNotSupportedByResource
	{230109, ClassPlatform},     // CachedCredentialNonGWAuthNRequestsNotSupported
	{240001, ClassAdmin},        // BulkAADJTokenUnauthorized
	{240002, ClassPlatform},     // RequiredClaimIsMissing
	{240003, ClassUnknown},      // Unexpected result from authorize endpoint call. (reference of 2025-02-03)
	{240004, ClassUnknown},      // Authorization code not received from authorize end (reference of 2025-02-03)
	{399284, ClassAdmin},        // InboundIdTokenIssuerInvalid - The inbound ID token (reference of 2025-02-03)
	{500011, ClassAdmin},        // InvalidResourceServicePrincipalNotFound
	{500014, ClassAdmin},        // InvalidResourceServicePrincipalDisabled (reference of 2025-02-03)
	{500021, ClassAdmin},        // Access to '{tenant}' tenant is denied. AADSTS50002
	{500022, ClassAdmin},        // Access to '{tenant}' tenant is denied. AADSTS50002
	{500113, ClassPlatform},     // no reply address is registered for the application (not on the page)
	{500116, ClassPlatform},     // the reply URI in the request is not a valid URL (not on the page)
	{500133, ClassPlatform},     // Assertion isn't within its valid time range. Ensur
	{500141, ClassPlatform},     // The user's redemption is complete but the request  (reference of 2025-02-03)
	{500201, ClassPlatform},     // tokens for a Microsoft account cannot come from this API version: the app uses the v1 endpoint (not on the page)
	{500207, ClassPlatform},     // The account type can't be used for the resource yo (reference of 2025-02-03)
	{500208, ClassAuth},         // The domain is not a valid login domain for the acc
	{500212, ClassAdmin},        // NotAllowedByOutboundPolicyTenant
	{500213, ClassAdmin},        // NotAllowedByInboundPolicyTenant
	{500341, ClassRevoked},      // the user account was deleted (not on the page)
	{501241, ClassAdmin},        // Mandatory Input '{paramName}' missing from transfo
	{501461, ClassPlatform},     // AcceptMappedClaims is only supported for a token a
	{501481, ClassPlatform},     // The Code_Verifier doesn't match the code_challenge
	{501491, ClassPlatform},     // InvalidCodeChallengeMethodInvalidSize
	{501621, ClassTransient},    // ClaimsTransformationTimeoutRegularExpressionTimeout
	{501631, ClassAdmin},        // Regular expression replacement for claims transfor (reference of 2025-02-03)
	{501632, ClassAdmin},        // Regular expression replacement for claims transfor (reference of 2025-02-03)
	{530003, ClassAdmin},        // Conditional Access requires a managed device (not on the page)
	{530032, ClassAdmin},        // BlockedByConditionalAccessOnSecurityPolicy
	{530034, ClassAdmin},        // DelegatedAdminBlockedDueToSuspiciousActivity
	{530035, ClassAdmin},        // BlockedBySecurityDefaults
	{530084, ClassAdmin},        // blocked by the organization's Conditional Access token protection policy, aka.ms/TBCADocs (not on the page)
	{650051, ClassAdmin},        // the tenant admin must consent (service principal exists) (not on the page)
	{650052, ClassAdmin},        // The app needs access to a service ("{name}") that
	{650053, ClassPlatform},     // the application asked for a scope that doesn't exist on the resource; "Contact the app vendor" (not on the page)
	{650054, ClassPlatform},     // The application asked for permissions to access a
	{650056, ClassPlatform},     // Misconfigured application. This could be due to on
	{650057, ClassPlatform},     // Invalid resource. The client has requested access
	{650059, ClassPlatform},     // The application is not configured for use in the t (reference of 2025-02-03)
	{700003, ClassRevoked},      // the device object behind the token was not found (not on the page)
	{700005, ClassPlatform},     // InvalidGrantRedeemAgainstWrongTenant
	{700011, ClassPlatform},     // UnauthorizedClientAppNotFoundInOrgIdTenant
	{700016, ClassPlatform},     // UnauthorizedClient_DoesNotMatchRequest
	{700020, ClassRevoked},      // InteractionRequired
	{700022, ClassPlatform},     // InvalidMultipleResourcesScope
	{700023, ClassPlatform},     // InvalidResourcelessScope
	{700024, ClassPlatform},     // the client assertion is not within its valid time range (not on the page)
	{700025, ClassPlatform},     // InvalidClientPublicClientWithCredential
	{700027, ClassPlatform},     // Client assertion failed signature validation. Deve
	{700030, ClassPlatform},     // Invalid certificate - subject name in certificate
	{700054, ClassPlatform},     // Response_type 'id_token' isn't enabled for the app
	{700081, ClassRevoked},      // the refresh token reached its maximum lifetime (not on the page)
	{700082, ClassRevoked},      // ExpiredOrRevokedGrantInactiveToken
	{700084, ClassRevoked},      // The refresh token was issued to a single page app
	{700229, ClassPlatform},     // ForbiddenTokenType
	{750054, ClassPlatform},     // SAMLRequest or SAMLResponse must be present as que
	{900144, ClassPlatform},     // The request body must contain the following parame
	{900236, ClassPlatform},     // InvalidRequestSamlPropertyUnsupported
	{900382, ClassPlatform},     // Confidential Client isn't supported in Cross Cloud
	{900384, ClassPlatform},     // JWT token failed signature validation. Actual mess
	{900432, ClassPlatform},     // Confidential Client isn't supported in Cross Cloud
	{900561, ClassPlatform},     // BadResourceRequestInvalidRequest
	{900612, ClassAdmin},        // Failed to parse provider signing keys - When valid (reference of 2025-02-03)
	{900941, ClassAdmin},        // This operation can only be performed by an administrator; an administrator's policy prevents granting the app's permissions (not on the page; MicrosoftDocs/azure-docs#23287, microsoftgraph/microsoft-graph-docs#3917)
	{900971, ClassPlatform},     // No reply address provided
	{900981, ClassAdmin},        // AdminConsentRequestRiskyAppWarning, an admin consent request for a risky app (not on the page; entra-docs docs/identity/enterprise-apps/application-sign-in-unexpected-user-consent-error.md)
	{901002, ClassPlatform},     // The 'resource' request parameter isn't supported
	{901011, ClassAuth},         // NoEmailAddressCollectedFromExternalOidcIDP - No em (reference of 2025-02-03)
	{901012, ClassAuth},         // EmailAddressCollectedFromExternalOidcIDPNotVerifie (reference of 2025-02-03)
	{901014, ClassAdmin},        // NoExternalIdentifierCollectedFromExternalOidcIDP - (reference of 2025-02-03)
	{1000000, ClassAuth},        // UserNotBoundError
	{1000002, ClassAuth},        // BindCompleteInterruptError
	{1000031, ClassAdmin},       // Application {appDisplayName} can't be accessed at
	{1000104, ClassAdmin},       // XCB2BResourceCloudNotAllowedOnIdentityTenant
	{1002016, ClassConfig},      // the client used TLS 1.0/1.1 or 3DES, which Entra refuses (not on the page; MicrosoftDocs/azure-docs#96851, https://go.microsoft.com/fwlink/?linkid=2161187)
	{5000819, ClassAdmin},       // InvalidSamlTokenEmailMissingOrInvalid
	{5001256, ClassAdmin},       // Failed to complete authentication with external pr (reference of 2025-02-03)
	{7000012, ClassPlatform},    // the grant was obtained for a different tenant: the app refreshed at the wrong tenant's endpoint (not on the page)
	{7000112, ClassPlatform},    // UnauthorizedClientApplicationDisabled
	{7000114, ClassPlatform},    // Application 'appIdentifier' isn't allowed to make
	{7000215, ClassPlatform},    // Invalid client secret is provided. Developer error
	{7000216, ClassPlatform},    // 'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type (not on the page)
	{7000218, ClassPlatform},    // The request body must contain the following parame
	{7000222, ClassPlatform},    // InvalidClientSecretExpiredKeysProvided
	{7500514, ClassPlatform},    // A supported type of SAML response was not found. A
	{7500529, ClassPlatform},    // The value 'SAMLId-Guid' isn't a valid SAML ID - Mi
	{9001011, ClassAdmin},       // the tenant policy requires a device state (not on the page)
	{9001023, ClassPlatform},    // The grant type isn't supported over the /common or
	{9002313, ClassPlatform},    // InvalidRequest
	{9002326, ClassPlatform},    // cross-origin token redemption is allowed only for single-page apps (not on the page)
	{9002331, ClassPlatform},    // the application is configured for Microsoft accounts only (not on the page)
	{9002332, ClassPlatform},    // Application '{principalId}'({principalName}) is co
	{9002341, ClassRevoked},     // V2Error: invalid_grant - The user is required to p
}

package classify

// Round 45's Exchange Web Services family (testdata/heldout/round45.jsonl,
// rows h45g-ewsscripts-, h45g-prospectmail-, h45g-phpews-, h45g-garethp-,
// h45g-ewsphp-, h45g-exchangecalendar-, h45g-exchangelib-, h45g-ogcs-,
// h45g-davmail- and h45f-davmail-): the EWS response codes as a whole, and
// the EWS client libraries' and apps' own sentences around them. Phrases are
// fixed text, lower-cased, without placeholders.
//
// Sources:
//   - EWS ResponseCodeType: Microsoft's ResponseCode page, read whole
//     (MicrosoftDocs/office-developer-exchange-docs commit 5a8808d7,
//     docs/web-service-reference/responsecode.md;
//     https://learn.microsoft.com/exchange/client-developer/web-service-reference/responsecode,
//     read 2026-12-05). Each code is labelled from its description in
//     testdata/catalogs/exchange_ews.jsonl (428 codes; the 31 that
//     testdata/catalogs/mail_api_errors.jsonl already holds are not
//     repeated). The phrases below are the codes no earlier rule read as
//     labelled (most were unknown; ErrorInvalidRecipientSubfilter... read as
//     ErrorInvalidRecipients, ErrorInvalidLogonType and
//     ErrorMailboxLogonFailed as a refused login by the word "logon",
//     ...Attachment... codes as a rejected message). Classes: the
//     product's request, or the item, folder or feature it names, and the
//     organisation's own server setup (config: the mailbox is reachable and
//     signed in; as the existing ErrorInvalidRequest and ErrorItemNotFound);
//     server-side failures and server state to rebuild (transient); the
//     impersonation and token-serialization rights an administrator grants,
//     and a tenant marked for removal (admin); a caller that is no valid
//     directory account (revoked, as ErrorNonExistentMailbox); size limits
//     (rejected); the per-folder receive quota (rate_limited, as
//     ErrorQuotaExceeded). Codes Microsoft calls unused or internal are left
//     unknown, except six that words of other rules already read (their
//     names decide: ErrorInvalidIdXml, ErrorInvalidLogonType,
//     ErrorInvalidUserSidMissingUPN and ErrorWorkingHoursXmlMalformed a
//     malformed request, config, the second read as a refused login before;
//     ErrorLocationServicesRequestTimedOut transient, ErrorRecipientNotFound
//     recipient); ErrorInvalidAuthorizationContext ("the authorization
//     procedure for the requestor failed": neither credentials nor a policy)
//     and ErrorBatchProcessingStopped (an earlier item's error) stay unknown
//     too. The catalog also holds the client libraries' and apps'
//     sentences named below, from their sources. Exchange's MessageText for
//     ErrorAccessDenied followed by ", <inner reason>" names the folder or
//     stream the account may not open ("Non-system logon cannot access
//     Audits folder", "Underlying MAPI stream threw exception";
//     ecederstrand/exchangelib#676 and #701): config; the bare sentence
//     keeps api_mailbox_not_enabled's admin. ErrorNoFreeBusyAccess and the
//     Availability service's NoFreeBusyAccessException ("The caller does not
//     have access to free/busy data.", Ericsson/exchangecalendar#460):
//     config.
//   - The EWS Managed API (OfficeDev/ews-managed-api commit 25a393db,
//     Strings.cs ServiceRequestFailed "The request failed. {0}", wrapped
//     around .NET's WebException in Core/Requests/ServiceRequestBase.cs):
//     "(403) Forbidden" from EWS is a policy block, an application access
//     policy or RBAC for applications (the maintainer of
//     David-Barrett-MS/PowerShell-EWS-Scripts#62): admin; "(404) Not Found"
//     and "(405) Method Not Allowed" are the wrong endpoint or an operation
//     the server does not take (config). IIS's "405 - HTTP verb used to
//     access this page is not allowed" page for a client posting to the
//     wrong URL (Ericsson/exchangecalendar#465): config.
//   - jamesiarmes/php-ews (commit eaad3c8d, src/Client.php processResponse():
//     "SOAP client returned status of $code."; the same sentence in
//     ExchangeWebServices.php's EWS_Exception/EWSException since 2011,
//     commit f7d27c5; src/Autodiscover.php "Autodiscovery failed."): 401 is
//     the credentials (auth; basic authentication turned off in Exchange
//     Online is auth by the README's decisions), 301/302/404/405 the
//     endpoint or an operation the server version lacks (config), 429
//     throttling, 500/502/503/504 the server (transient); Autodiscover
//     finding nothing is the settings (config).
//   - Garethp/php-ews (commit 7618ec49, src/API/ExchangeWebServices.php
//     handleNonSuccessfulResponses(), src/API/Exception/): the same
//     "SOAP client returned status of" sentence for 3xx-5xx,
//     ServiceUnavailableException for 503 and NoResponseReturnedException
//     for an empty answer (transient), AutodiscoverFailed (config);
//     UnauthorizedException (401) is read as auth already.
//   - ecederstrand/exchangelib (commit 527d240c, exchangelib/protocol.py
//     raise_response_errors(), exchangelib/autodiscover/discovery.py,
//     exchangelib/errors.py): ErrorServerBusy "Caused by closed connection"
//     (a dropped connection it retries: transient); SessionPoolMinSizeReached
//     "Session pool size cannot be decreased further" (raised when the
//     server keeps asking it to slow down: rate_limited); UnauthorizedError
//     "The referenced account is currently locked out" (Windows' account
//     lockout after failed logins, which expires: auth_temporary);
//     RedirectError "We were redirected to ...", AutoDiscoverFailed "All
//     steps in the autodiscover protocol failed", TransportError "... has no
//     DNS entry" (config).
//   - mguessan/davmail (commit 3b87d523): O365Token.java load() logs
//     "refresh token failed " + the exception; DavMail decrypts the stored
//     refresh token with the password the mail client gives, so
//     javax.crypto.BadPaddingException there (older releases; now "Unable to
//     decrypt token, invalid password", read as auth already) is a wrong
//     password (auth; the maintainer in mguessan/davmail#292); "Found EWS
//     stored token, incompatible with Graph API" / "Found Graph stored token,
//     incompatible with EWS" (the stored token is cleared) and
//     O365StoredTokenAuthenticator's "No valid refresh token found for"
//     (DavMail holds no usable grant: the owner signs in again, revoked);
//     "received invalid grant and scope is not set" / "... and graph is
//     disabled, if this is a live.com account please set ..." (DavMail's
//     own hint that its settings do not fit the account: config);
//     O365Authenticator's "Authentication successful but user consent or
//     validation needed, please open the following url in a browser" (the
//     owner completes the sign-in in a browser: auth);
//     EWSMethod.checkSuccess()'s EWSThrottlingException on ErrorServerBusy's
//     message "The server cannot service this request right now. Try again
//     later." (rate_limited; EwsExchangeSession's "Throttling active on
//     server" and GraphExchangeSession's throttling lines are read right
//     already, and so is EXCEPTION_NETWORK_DOWN in its four locales).
//   - Outlook's MAPI limit on open objects, "The number of items that can be
//     opened at one time has been limited by the server administrator"
//     (phw198/OutlookGoogleCalendarSync#1110; EWS's ErrorTooManyObjectsOpened
//     is the same limit): rate_limited. Outlook on the web's
//     UserHasNoMailboxAndNoLicenseAssigned (julian-alarcon/prospect-mail#221;
//     EWS ErrorInvalidLicense's sibling): admin.

// round45EWSEarlyRules come right after round37APIsEarlyRules, before
// headRules: oauth_slow_down reads "Throttled" in ThrottledFolderBind,
// oauth_invalid_grant DavMail's "received invalid grant" hint,
// api_mailbox_not_enabled Exchange's "Access is denied" with its reason,
// api_recipient_invalid "ErrorInvalidRecipients" inside
// ErrorInvalidRecipientSubfilter..., credential_words "logon" inside two
// codes, message_rejected "attachment" in others, temporary_wording "Try
// again later" in ErrorServerBusy's message and code_4xx a 405 page.
// ErrorInvalidSubscriptionRequest (config) holds ErrorInvalidSubscription
// (transient), so the config rule comes first.
var round45EWSEarlyRules = []rule{
	{id: "ews_credentials", class: ClassAuth, anyOf: p(
		"soap client returned status of 401",
		"refresh token failed javax.crypto.badpaddingexception",
		"user consent or validation needed, please open the following url",
	),
		doc: "php-ews: EWS answered 401 to the credentials; DavMail: the stored refresh token did not decrypt with the password the mail client gave, or the sign-in needs the owner in a browser"},
	{id: "ews_account_locked_out", class: ClassAuthTemporary, anyOf: p("the referenced account is currently locked out"), retry: hour,
		doc: "Windows' account lockout after failed logins, as Exchange answers it (exchangelib's UnauthorizedError): it expires after a while"},
	{id: "ews_grant_gone", class: ClassRevoked, anyOf: p(
		"errorcallerisinvalidadaccount",
		"no valid refresh token found for",
		"found ews stored token, incompatible with graph", "found graph stored token, incompatible with ews",
	),
		doc: "EWS: the caller is no valid directory account; DavMail: it holds no usable refresh token (none stored, or one for the other API cleared): the owner signs in again"},
	{id: "ews_admin_block", class: ClassAdmin, anyOf: p(
		"the request failed. the remote server returned an error: (403) forbidden",
		"userhasnomailboxandnolicenseassigned",
		"errorimpersonateuserdenied", "errorimpersonationdenied", "errortokenserializationdenied", "errororganizationaccessblocked",
	),
		doc: "EWS: a 403 policy block (application access policy, RBAC for applications), no mailbox or license assigned, impersonation or token-serialization rights not granted, or the tenant marked for removal: an administrator acts"},
	{id: "ews_throttled", class: ClassRateLimited, anyOf: p(
		"the server cannot service this request right now",
		"number of items that can be opened at one time has been limited",
		"session pool size cannot be decreased further",
		"soap client returned status of 429",
		"errormessageperfoldercountreceivequotaexceeded",
	), retry: hour,
		doc: "EWS's ErrorServerBusy message, Outlook's limit on open items, exchangelib out of sessions to shed, a 429, or a folder's receive quota: back off"},
	{id: "ews_size_refused", class: ClassRejected, anyOf: p("errordatasizelimitexceeded", "errorrequeststreamtoobig"),
		doc: "EWS: the message or the request carrying it is over the server's size limit"},
	{id: "ews_request_or_setup", class: ClassConfig, anyOf: p(
		// Exchange's ErrorAccessDenied with the inner reason it appends.
		"access is denied. check credentials and try again.,",
		"nofreebusyaccess", "the caller does not have access to free/busy data",
		"http verb used to access this page is not allowed",
		"the request failed. the remote server returned an error: (404)",
		"the request failed. the remote server returned an error: (405)",
		"soap client returned status of 301", "soap client returned status of 302",
		"soap client returned status of 404", "soap client returned status of 405",
		"runtimeexception: autodiscovery failed", `exception\autodiscoverfailed`,
		"exchangelib.errors.autodiscoverfailed", "all steps in the autodiscover protocol failed",
		"errors.redirecterror: we were redirected to", "we were redirected to an email address we have already seen",
		"' has no dns entry",
		"received invalid grant and scope is not set", "received invalid grant and graph is disabled",
		// The EWS response codes of the product's request, item, folder or
		// feature, and of the organisation's server setup.
		"erroradddelegatesfailed", "erroradsessionfilter", "erroraffectedtaskoccurrencesrequired", "errorapplyconversationactionfailed",
		"errorarchivemailboxnotenabled", "errorattachmentnestlevellimitexceeded", "erroravailabilityconfignotfound",
		"errorcalendarcannotmoveorcopyoccurrence", "errorcalendarcannotupdatedeleteditem", "errorcalendarcannotuseidforoccurrenceid",
		"errorcalendarcannotuseidforrecurringmasterid", "errorcalendardurationistoolong", "errorcalendarenddateisearlierthanstartdate",
		"errorcalendarfolderisinvalidforcalendarview", "errorcalendarinvaliddayfortimechangepattern", "errorcalendarinvaliddayforweeklyrecurrence",
		"errorcalendarinvalidpropertystate", "errorcalendarinvalidrecurrence", "errorcalendarinvalidtimezone", "errorcalendariscancelledforaccept",
		"errorcalendariscancelledfordecline", "errorcalendariscancelledforremove", "errorcalendariscancelledfortentative",
		"errorcalendarisdelegatedforaccept", "errorcalendarisdelegatedfordecline", "errorcalendarisdelegatedforremove",
		"errorcalendarisdelegatedfortentative", "errorcalendarisnotorganizer", "errorcalendarisorganizerforaccept", "errorcalendarisorganizerfordecline",
		"errorcalendarisorganizerforremove", "errorcalendarisorganizerfortentative", "errorcalendarmeetingrequestisoutofdate",
		"errorcalendaroccurrenceindexisoutofrecurrencerange", "errorcalendaroccurrenceisdeletedfromrecurrence", "errorcalendaroutofrange",
		"errorcalendarseektoconditionnotsupported", "errorcalendarviewrangetoobig", "errorcannotarchivecalendarcontacttaskfolderexception",
		"errorcannotarchiveitemsinarchivemailbox", "errorcannotarchiveitemsinpublicfolders", "errorcannotcreatecalendariteminnoncalendarfolder",
		"errorcannotcreatecontactinnoncontactfolder", "errorcannotcreatepostiteminnonmailfolder", "errorcannotcreatetaskinnontaskfolder",
		"errorcannotdeleteobject", "errorcannotdeletetaskoccurrence", "errorcannotdisablemandatoryextension", "errorcannotemptyfolder",
		"errorcannotgetexternalecpurl", "errorcannotopenfileattachment", "errorcannotsetcalendarpermissiononnoncalendarfolder",
		"errorcannotsetnoncalendarpermissiononcalendarfolder", "errorcannotsetpermissionunknownentries", "errorcannotspecifysearchfolderassourcefolder",
		"errorcannotusefolderidforitemid", "errorcannotuseitemidforfolderid", "errorchangekeyrequired", "errorchangekeyrequiredforwriteoperations",
		"errorcontainsfilterwrongtype", "errorcontentconversionfailed", "errorcontentindexingnotenabled", "errorcorruptdata", "errorcreateitemaccessdenied",
		"errorcreatemanagedfolderpartialcompletion", "errorcreatesubfolderaccessdenied", "errorcrossmailboxmovecopy", "errordelegatealreadyexists",
		"errordelegatecannotaddowner", "errordelegatemissingconfiguration", "errordelegatenouser", "errordelegatevalidationfailed",
		"errordeletedistinguishedfolder", "errordiscoverysearchesdisabled", "errordistinguishedusernotsupported", "errordistributionlistmembernotexist",
		"errorduplicateinputfoldernames", "errorduplicatelegacydistinguishedname", "errorduplicatesoapheader", "errorduplicateuseridsspecified",
		"erroremailaddressmismatch", "errorextensionnotfound", "errorfoldercorrupt", "errorfolderexists", "errorfoldernotfound",
		"errorfolderpropertrequestfailed", "errorfoldersave", "errorfoldersavefailed", "errorfoldersavepropertyerror", "errorfreebusydllimitreached",
		"errorimcontactlimitreached", "errorimgroupdisplaynamealreadyexists", "errorimgrouplimitreached", "errorimpersonationfailed",
		"errorinboxrulesvalidationerror", "errorincorrectupdatepropertycount", "errorindividualmailboxlimitreached", "errorinvalidaccesslevel",
		"errorinvalidargument", "errorinvalidattachmentid", "errorinvalidattachmentsubfilter", "errorinvalidattachmentsubfiltertextfilter",
		"errorinvalidchangekey", "errorinvalidclientaccesstokenrequest", "errorinvalidcompletedate", "errorinvalidcontactemailaddress",
		"errorinvalidcontactemailindex", "errorinvalidcrossforestcredentials", "errorinvaliddelegatepermission", "errorinvaliddelegateuserid",
		"errorinvalidexcludesrestriction", "errorinvalidextendedproperty", "errorinvalidextendedpropertyvalue", "errorinvalidexternalsharinginitiator",
		"errorinvalidexternalsharingsubscriber", "errorinvalidfederatedorganizationid", "errorinvalidfolderid", "errorinvalidfoldertypeforoperation",
		"errorinvalidfractionalpagingparameters", "errorinvalidfreebusyviewtype", "errorinvalidgetsharingfolderrequest", "errorinvalidid",
		"errorinvalididempty", "errorinvalididmonikertoolong", "errorinvalididnotanitemattachmentid", "errorinvalididreturnedbyresolvenames",
		"errorinvalididstoreobjectidtoolong", "errorinvalididtoomanyattachmentlevels", "errorinvalididxml", "errorinvalidimcontactid",
		"errorinvalidimdistributiongroupsmtpaddress", "errorinvalidimgroupid", "errorinvalidindexedpagingparameters",
		"errorinvaliditemforoperationacceptitem", "errorinvaliditemforoperationarchiveitem", "errorinvaliditemforoperationcancelitem",
		"errorinvaliditemforoperationcreateitem", "errorinvaliditemforoperationcreateitemattachment", "errorinvaliditemforoperationdeclineitem",
		"errorinvaliditemforoperationexpanddl", "errorinvaliditemforoperationremoveitem", "errorinvaliditemforoperationsenditem",
		"errorinvaliditemforoperationtentative", "errorinvalidlikerequest", "errorinvalidlogontype", "errorinvalidmailbox",
		"errorinvalidmanagedfolderproperty", "errorinvalidmanagedfolderquota", "errorinvalidmanagedfoldersize", "errorinvalidmanagementroleheader",
		"errorinvalidmergedfreebusyinterval", "errorinvalidnamefornameresolution", "errorinvalidnetworkservicecontext", "errorinvalidoperation",
		"errorinvalidorganizationrelationshipforfreebusy", "errorinvalidpagingmaxrows", "errorinvalidparentfolder", "errorinvalidpercentcompletevalue",
		"errorinvalidpermissionsettings", "errorinvalidphonecallid", "errorinvalidphonenumber", "errorinvalidphotosize", "errorinvalidpropertyappend",
		"errorinvalidpropertydelete", "errorinvalidpropertyforexists", "errorinvalidpropertyforoperation", "errorinvalidpropertyrequest",
		"errorinvalidpropertyset", "errorinvalidpropertyupdatesentmessage", "errorinvalidpullsubscriptionid", "errorinvalidpushsubscriptionurl",
		"errorinvalidrecipientsubfilter", "errorinvalidrecipientsubfiltercomparison", "errorinvalidrecipientsubfilterorder",
		"errorinvalidrecipientsubfiltertextfilter", "errorinvalidreferenceitem", "errorinvalidretentiontagidguid", "errorinvalidretentiontaginheritance",
		"errorinvalidretentiontaginvisible", "errorinvalidretentiontagnone", "errorinvalidretentiontagtypemismatch", "errorinvalidroutingtype",
		"errorinvalidscheduledoofduration", "errorinvalidschemaversionformailboxversion", "errorinvalidsecuritydescriptor",
		"errorinvalidsenditemsavesettings", "errorinvalidserverversion", "errorinvalidsharingdata", "errorinvalidsharingmessage", "errorinvalidsid",
		"errorinvalidsipuri", "errorinvalidsmtpaddress", "errorinvalidsubscriptionrequest", "errorinvalidtimeinterval", "errorinvalidvalueforproperty",
		"errorinvalidwatermark", "erroripgatewaynotfound", "erroritemcorrupt", "erroritempropertyrequestfailed", "erroritemsave",
		"erroritemsavepropertyerror", "errorlogonasnetworkservicefailed", "errormailboxconfiguration", "errormailboxdataarrayempty",
		"errormailboxdataarraytoobig", "errormailboxholdnotfound", "errormailboxscopenotallowedwithoutquerystring", "errormailrecipientnotfound",
		"errormailtipsdisabled", "errormanagedfolderalreadyexists", "errormanagedfoldernotfound", "errormanagedfoldersrootfailure",
		"errormessagedispositionrequired", "errormessagetrackingnosuchdomain", "errormessagetrackingpermanenterror", "errormimecontentconversionfailed",
		"errormimecontentinvalid", "errormimecontentinvalidbase64string", "errormissingargument", "errormissingemailaddress",
		"errormissingemailaddressformanagedfolder", "errormissinginformationemailaddress", "errormissinginformationreferenceitemid",
		"errormissingitemforcreateitemattachment", "errormissingmanagedfolderid", "errormissingrecipients", "errormissinguseridinformation",
		"errormovedistinguishedfolder", "errormultilegacymailboxaccess", "errornameresolutionmultipleresults", "errornameresolutionnomailbox",
		"errornameresolutionnoresults", "errornocalendar", "errornodestinationcasduetokerberosrequirements", "errornodestinationcasduetosslrequirements",
		"errornodestinationcasduetoversionmismatch", "errornofolderclassoverride", "errornofreebusyaccess", "errornonprimarysmtpaddress",
		"errornopropertytagforcustomproperties", "errornotallowedexternalsharingbypolicy", "errornotdelegate", "errornotsupportedsharingmessage",
		"errorobjecttypechanged", "erroroccurrencecrossingboundary", "erroroccurrencetimespantoobig", "erroroperationnotallowedwithpublicfolderroot",
		"errororganizationnotfederated", "erroroutlookruleblobexists", "errorparentfoldernotfound", "errorpermissionnotallowedbypolicy",
		"errorphonenumbernotdialable", "errorpropertyupdate", "errorproxygroupsidlimitexceeded", "errorproxyrequestnotallowed",
		"errorpublicfolderservernotfound", "errorqueryfiltertoolong", "errorreadreceiptnotpending", "errorrecurrenceenddatetoobig",
		"errorrecurrencehasnooccurrence", "errorremovedelegatesfailed", "errorrequiredpropertymissing", "errorresolvenamesinvalidfoldertype",
		"errorresolvenamesonlyonecontactsfolderallowed", "errorrestrictiontoocomplex", "errorrestrictiontoolong", "errorresultsettoobig",
		"errorrulesoverquota", "errorsaveditemfoldernotfound", "errorschemavalidation", "errorsearchfoldernotinitialized",
		"errorsearchqueryhastoomanykeywords", "errorsearchtoomanymailboxes", "errorsendmeetingcancellationsrequired",
		"errorsendmeetinginvitationsorcancellationsrequired", "errorsendmeetinginvitationsrequired", "errorsentmeetingrequestupdate",
		"errorsenttaskrequestupdate", "errorsharingnoexternalewsavailable", "errorsubscriptionaccessdenied", "errorsubscriptiondelegateaccessnotsupported",
		"errorsyncfoldernotfound", "errorteammailboxnotfound", "errorteammailboxnotlinkedtosharepoint", "errorteammailboxurlvalidationfailed",
		"errortimeintervaltoobig", "errortimezone", "errortofoldernotfound", "errorunabletoremoveimcontactfromgroup",
		"errorunifiedmessagingdialplannotfound", "errorunifiedmessagingrequestfailed", "errorunifiedmessagingservernotfound", "errorunsupportedculture",
		"errorunsupportedmapipropertytype", "errorunsupportedmimeconversion", "errorunsupportedpathforquery", "errorunsupportedpathforsortgroup",
		"errorunsupportedqueryfilter", "errorunsupportedrecurrence", "errorunsupportedtypeforconversion", "errorupdatedelegatesfailed",
		"errorupdatepropertymismatch", "errorusernotallowedbypolicy", "errorusernotunifiedmessagingenabled", "erroruserwithoutfederatedproxyaddress",
		"errorvalueoutofrange", "errorworkinghoursxmlmalformed", "errorwrongserverversion", "errorwrongserverversiondelegate",
	),
		noneOf: p("access policy"),
		doc:    "EWS: the product's request, the item, folder or feature it names, or the organisation's server setup is wrong (a ResponseCode, a 404/405 endpoint, Autodiscover finding nothing, an inner access reason): the mailbox is reachable"},
	{id: "ews_server_trouble", class: ClassTransient, anyOf: p(
		"soap client returned status of 500", "soap client returned status of 502",
		"soap client returned status of 503", "soap client returned status of 504",
		`ews\api\exception\serviceunavailableexception`, "noresponsereturnedexception",
		"caused by closed connection",
		"erroradoperation", "errorarchivefolderpathcreation", "errorarchivemailboxsearchfailed", "errorarchivemailboxservicediscoveryfailed",
		"errorautodiscoverfailed", "errorcannotgetsourcefolderpath", "errorclientdisconnected", "errordatasourceoperation", "erroreventnotfound",
		"errorexportremotearchiveitemsfailed", "errorfindremotearchivefolderfailed", "errorfreebusygenerationfailed", "errorgetremotearchivefolderfailed",
		"errorgetremotearchiveitemfailed", "errorinvalidclientsecuritycontext", "errorinvalidsubscription", "errorinvalidsyncstatedata",
		"errorirresolvableconflict", "errormailboxfailover", "errormailboxlogonfailed", "errormeetingsuggestiongenerationfailed",
		"errormessagetrackingtransienterror", "errormissednotificationevents", "errornopublicfolderserveravailable", "errornorespondingcasindestinationsite",
		"errornotenoughmemory", "errorproxiedsubscriptioncallfailure", "errorproxyrequestprocessingfailed", "errorproxyservicediscoveryfailed",
		"errorpublicfolderoperationfailed", "errorpublicfolderrequestprocessingfailed", "errorpublicfoldersyncexception", "errorreadeventsfailed",
		"errorservicediscoveryfailed", "errorsharingsynchronizationfailed", "errorstaleobject", "errorsubscriptionunsubsribed",
		"errorteammailboxerrorunknown", "errorteammailboxfailedsendingnotifications", "errorwin32interoperror",
	),
		doc: "EWS: a server-side failure or server state to rebuild (a ResponseCode, a 5xx, an empty answer, a closed connection): retry"},
}

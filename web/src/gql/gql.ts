/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          entityType\n          entityId\n          at\n          actorName\n          actor {\n            id\n            name\n          }\n          before\n          after\n          changes {\n            field\n            before\n            after\n          }\n          references {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query MunicipalitySettings {\n    municipalitySettings {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n      reminderDaysBefore\n      deadlineDays\n    }\n  }\n": typeof types.MunicipalitySettingsDocument,
    "\n  mutation UpdateMunicipalitySettings($input: MunicipalitySettingsInput!) {\n    updateMunicipalitySettings(input: $input) {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n      reminderDaysBefore\n      deadlineDays\n    }\n  }\n": typeof types.UpdateMunicipalitySettingsDocument,
    "\n  query DemoAccounts {\n    demoAccounts {\n      email\n      name\n      role\n      unitName\n      municipalityName\n    }\n  }\n": typeof types.DemoAccountsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      person {\n        id\n        name\n        locale\n        memberships {\n          role\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout($everywhere: Boolean) {\n    logout(everywhere: $everywhere)\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      municipality {\n        id\n        name\n      }\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  mutation AddComment($suggestionId: ID!, $body: String!) {\n    addComment(suggestionId: $suggestionId, body: $body) {\n      id\n      body\n      createdAt\n      authorName\n      byMe\n      bySubmitter\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  fragment SuggestionCoCreation on Suggestion {\n    id\n    status\n    submittedByMe\n    supportCount\n    supportedByMe\n    joinedByMe\n    isFollowing\n    coCreators {\n      id\n      name\n    }\n    comments {\n      id\n      body\n      createdAt\n      authorName\n      byMe\n      bySubmitter\n      author {\n        id\n        name\n      }\n    }\n    focusArea {\n      id\n      title\n    }\n    adoptedFrom {\n      id\n      title\n    }\n    registeredBy {\n      id\n      name\n    }\n  }\n": typeof types.SuggestionCoCreationFragmentDoc,
    "\n  query Colleagues {\n    people {\n      id\n      name\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ColleaguesDocument,
    "\n  mutation JoinSuggestion($id: ID!) {\n    joinSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n": typeof types.JoinSuggestionDocument,
    "\n  mutation LeaveSuggestion($id: ID!) {\n    leaveSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n": typeof types.LeaveSuggestionDocument,
    "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n      submitted {\n        ...ProfileSuggestion\n      }\n      supported {\n        ...ProfileSuggestion\n      }\n      coCreating {\n        ...ProfileSuggestion\n      }\n    }\n  }\n\n  fragment ProfileSuggestion on Suggestion {\n    id\n    title\n    status\n    submittedAt\n    supportCount\n    unit {\n      id\n      name\n    }\n  }\n": typeof types.PersonProfileDocument,
    "\n  query SimilarSuggestions($text: String!, $unitId: ID, $first: Int) {\n    similarSuggestions(text: $text, unitId: $unitId, first: $first) {\n      score\n      suggestion {\n        id\n        title\n        status\n        supportCount\n        supportedByMe\n        submittedByMe\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SimilarSuggestionsDocument,
    "\n  query SuggestionCoCreation($id: ID!) {\n    suggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n": typeof types.SuggestionCoCreationDocument,
    "\n  mutation SupportSuggestion($id: ID!) {\n    supportSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n": typeof types.SupportSuggestionDocument,
    "\n  mutation UnsupportSuggestion($id: ID!) {\n    unsupportSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n": typeof types.UnsupportSuggestionDocument,
    "\n  mutation CloseFocusArea($id: ID!) {\n    closeFocusArea(id: $id) {\n      ...FocusAreaSummary\n    }\n  }\n": typeof types.CloseFocusAreaDocument,
    "\n  mutation CreateFocusArea($input: CreateFocusAreaInput!) {\n    createFocusArea(input: $input) {\n      ...FocusAreaSummary\n    }\n  }\n": typeof types.CreateFocusAreaDocument,
    "\n  query FocusAreaUnits {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.FocusAreaUnitsDocument,
    "\n  fragment FocusAreaSummary on FocusArea {\n    id\n    title\n    question\n    opensAt\n    closesAt\n    closedAt\n    endsAt\n    isOpen\n    canClose\n    suggestionCount\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    unit {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.FocusAreaSummaryFragmentDoc,
    "\n  query FocusAreas {\n    focusAreas {\n      ...FocusAreaSummary\n      suggestions {\n        id\n        title\n        status\n        submittedAt\n        supportCount\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FocusAreasDocument,
    "\n  query OpenFocusAreas {\n    focusAreas(activeOnly: true) {\n      id\n      title\n      question\n      closesAt\n      endsAt\n      isOpen\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OpenFocusAreasDocument,
    "\n  query Inbox($filter: InboxFilter, $first: Int, $after: String) {\n    inbox(filter: $filter, first: $first, after: $after) {\n      open\n      overdue\n      dueSoon\n      unanswered\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      units {\n        id\n        name\n        parentId\n      }\n      suggestions {\n        id\n        title\n        status\n        submittedAt\n        responseDueAt\n        overdue\n        escalatedAt\n        submitterName\n        supportCount\n        confidential\n        owner {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        owedBy {\n          id\n          name\n        }\n      }\n      assignedToMe {\n        id\n        title\n        status\n        submittedAt\n        responseDueAt\n        overdue\n        escalatedAt\n        submitterName\n        supportCount\n        unit {\n          id\n          name\n        }\n        owedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  fragment FeedbackMetricsFields on FeedbackMetrics {\n    from\n    to\n    unit {\n      id\n      name\n    }\n    submitted\n    firstResponsesDue\n    firstResponsesAnsweredOnTime\n    firstResponsesOnTime\n    medianDaysToFirstResponse\n    openNow\n    overdueNow\n    parkedNow\n    returnedFromParking\n    deadlinesMissed\n    escalations\n    ratedAnswers\n    ratedUseful\n    ratedUsefulCount\n    series {\n      month\n      submitted\n      firstResponsesDue\n      answeredOnTime\n      answeredLateOrMissing\n      firstResponsesOnTime\n      escalations\n    }\n  }\n": typeof types.FeedbackMetricsFieldsFragmentDoc,
    "\n  query FeedbackMetrics($unitId: ID, $withUnit: Boolean!, $from: DateTime!, $to: DateTime!) {\n    unitMetrics: feedbackMetrics(unitId: $unitId, from: $from, to: $to) @include(if: $withUnit) {\n      ...FeedbackMetricsFields\n    }\n    municipalityMetrics: feedbackMetrics(from: $from, to: $to) {\n      ...FeedbackMetricsFields\n    }\n  }\n": typeof types.FeedbackMetricsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    title\n    message\n    actorName\n    fromStatus\n    toStatus\n    unitName\n    escalatedTo\n    storyId\n    reviewOn\n    reviewAnswerDueAt\n    forSubmitter\n    dueAt\n    weekly {\n      overdue\n      dueThisWeek\n      answeredLastWeek\n    }\n    unitId\n    month\n    suggestion {\n      id\n      title\n      status\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    unreadCount\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query UnreadCount {\n    unreadCount\n  }\n": typeof types.UnreadCountDocument,
    "\n  query AdminUnits {\n    adminUnits {\n      id\n      name\n      parentId\n      closedAt\n      memberCount\n      openSuggestionCount\n    }\n  }\n": typeof types.AdminUnitsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  mutation CloseUnit($id: ID!, $moveOpenSuggestionsToId: ID!) {\n    closeUnit(id: $id, moveOpenSuggestionsToId: $moveOpenSuggestionsToId) {\n      id\n    }\n  }\n": typeof types.CloseUnitDocument,
    "\n  fragment DirectoryPersonFields on DirectoryPerson {\n    id\n    name\n    email\n    active\n    hasPassword\n    anonymisedAt\n    memberships {\n      role\n      source\n      unit {\n        id\n        name\n        closedAt\n      }\n    }\n  }\n": typeof types.DirectoryPersonFieldsFragmentDoc,
    "\n  query PeopleDirectory($filter: PeopleDirectoryFilter, $first: Int, $after: String) {\n    peopleDirectory(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DirectoryPersonFields\n        }\n      }\n    }\n  }\n": typeof types.PeopleDirectoryDocument,
    "\n  query DirectoryPerson($id: ID!) {\n    directoryPerson(id: $id) {\n      ...DirectoryPersonFields\n    }\n  }\n": typeof types.DirectoryPersonDocument,
    "\n  mutation AddPerson($input: AddPersonInput!) {\n    addPerson(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AddPersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation SetMemberships($personId: ID!, $memberships: [MembershipInput!]!) {\n    setMemberships(personId: $personId, memberships: $memberships) {\n      id\n    }\n  }\n": typeof types.SetMembershipsDocument,
    "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      id\n    }\n  }\n": typeof types.DeactivatePersonDocument,
    "\n  mutation ReactivatePerson($id: ID!) {\n    reactivatePerson(id: $id) {\n      id\n    }\n  }\n": typeof types.ReactivatePersonDocument,
    "\n  mutation AnonymisePerson($id: ID!) {\n    anonymisePerson(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.AnonymisePersonDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation SendPasswordLink($personId: ID!) {\n    sendPasswordLink(personId: $personId)\n  }\n": typeof types.SendPasswordLinkDocument,
    "\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      person {\n        id\n        name\n        locale\n        memberships {\n          role\n        }\n      }\n    }\n  }\n": typeof types.SetPasswordWithTokenDocument,
    "\n  query PeopleWaitingForPlacement {\n    peopleWaitingForPlacement {\n      id\n      name\n      email\n      createdAt\n      lastSignInAt\n    }\n  }\n": typeof types.PeopleWaitingForPlacementDocument,
    "\n  query SsoMunicipalities {\n    ssoMunicipalities {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.SsoMunicipalitiesDocument,
    "\n  query SsoSettings {\n    ssoSettings {\n      issuer\n      clientId\n      hasClientSecret\n      emailDomains\n      localLoginEnabled\n      redirectUri\n      groupsOverage {\n        signIns\n        lastAt\n      }\n      groupMappings {\n        group\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SsoSettingsDocument,
    "\n  mutation UpdateSsoSettings($input: SsoSettingsInput!) {\n    updateSsoSettings(input: $input) {\n      issuer\n      clientId\n      hasClientSecret\n      emailDomains\n      localLoginEnabled\n      redirectUri\n      groupsOverage {\n        signIns\n        lastAt\n      }\n      groupMappings {\n        group\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UpdateSsoSettingsDocument,
    "\n  mutation AdoptSuccessStory($input: AdoptSuccessStoryInput!) {\n    adoptSuccessStory(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.AdoptSuccessStoryDocument,
    "\n  query AdoptionUnits {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.AdoptionUnitsDocument,
    "\n  mutation CreateSuccessStory($input: CreateSuccessStoryInput!) {\n    createSuccessStory(input: $input) {\n      ...StoryDetail\n    }\n  }\n": typeof types.CreateSuccessStoryDocument,
    "\n  query GainsDashboard($filter: GainsDashboardFilter) {\n    gainsDashboard(filter: $filter) {\n      storyCount\n      gainCount\n      adoptionCount\n      byCategory {\n        category\n        unit\n        sum\n        count\n      }\n      byMunicipality {\n        category\n        unit\n        sum\n        count\n        municipality {\n          id\n          name\n        }\n      }\n      byMonth {\n        month\n        category\n        unit\n        sum\n        count\n      }\n    }\n  }\n": typeof types.GainsDashboardDocument,
    "\n  query ImplementedSuggestions($first: Int) {\n    suggestions(filter: { status: [IMPLEMENTED] }, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ImplementedSuggestionsDocument,
    "\n  mutation PublishSuccessStory($id: ID!) {\n    publishSuccessStory(id: $id) {\n      ...StoryDetail\n    }\n  }\n": typeof types.PublishSuccessStoryDocument,
    "\n  query StoryContacts {\n    people {\n      id\n      name\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.StoryContactsDocument,
    "\n  fragment StoryDetail on SuccessStory {\n    id\n    title\n    summary\n    problem\n    solution\n    technology\n    lessons\n    trainingTips\n    status\n    version\n    canEdit\n    canUnpublish\n    contactEmail\n    createdAt\n    updatedAt\n    publishedAt\n    municipality {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n    contactPerson {\n      id\n      name\n    }\n    gains {\n      category\n      description\n      value\n      unit\n    }\n    suggestions {\n      id\n      title\n      status\n    }\n    adoptionCount\n    adoptingUnitIds\n    adoptions {\n      adoptedAt\n      status\n      title\n      municipality {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      suggestion {\n        id\n        title\n        status\n      }\n    }\n  }\n": typeof types.StoryDetailFragmentDoc,
    "\n  query StoryMunicipalities {\n    municipalities {\n      id\n      name\n    }\n  }\n": typeof types.StoryMunicipalitiesDocument,
    "\n  query StoryTechnologies {\n    successStoryTechnologies\n  }\n": typeof types.StoryTechnologiesDocument,
    "\n  query SuccessStories($filter: SuccessStoryFilter, $first: Int, $after: String) {\n    successStories(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          status\n          technology\n          publishedAt\n          createdAt\n          adoptionCount\n          municipality {\n            id\n            name\n          }\n          gains {\n            category\n            description\n            value\n            unit\n          }\n        }\n      }\n    }\n  }\n": typeof types.SuccessStoriesDocument,
    "\n  query SuccessStory($id: ID!) {\n    successStory(id: $id) {\n      ...StoryDetail\n    }\n  }\n": typeof types.SuccessStoryDocument,
    "\n  mutation UnpublishSuccessStory($id: ID!) {\n    unpublishSuccessStory(id: $id) {\n      ...StoryDetail\n    }\n  }\n": typeof types.UnpublishSuccessStoryDocument,
    "\n  mutation UpdateSuccessStory($input: UpdateSuccessStoryInput!) {\n    updateSuccessStory(input: $input) {\n      ...StoryDetail\n    }\n  }\n": typeof types.UpdateSuccessStoryDocument,
    "\n  mutation AssignSuggestion($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": typeof types.AssignSuggestionDocument,
    "\n  mutation FollowSuggestion($id: ID!) {\n    followSuggestion(id: $id) {\n      id\n      isFollowing\n    }\n  }\n": typeof types.FollowSuggestionDocument,
    "\n  mutation UnfollowSuggestion($id: ID!) {\n    unfollowSuggestion(id: $id) {\n      id\n      isFollowing\n    }\n  }\n": typeof types.UnfollowSuggestionDocument,
    "\n  mutation MergeSuggestion($input: MergeSuggestionInput!) {\n    mergeSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": typeof types.MergeSuggestionDocument,
    "\n  query People {\n    people {\n      id\n      name\n      email\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation RateAnswer($suggestionId: ID!, $useful: Boolean!, $comment: String) {\n    rateAnswer(suggestionId: $suggestionId, useful: $useful, comment: $comment) {\n      ...SuggestionDetail\n    }\n  }\n": typeof types.RateAnswerDocument,
    "\n  mutation RespondToSuggestion($input: RespondToSuggestionInput!) {\n    respondToSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": typeof types.RespondToSuggestionDocument,
    "\n  mutation SubmitSuggestion($input: SubmitSuggestionInput!) {\n    submitSuggestion(input: $input) {\n      id\n      title\n      status\n      responseDueAt\n    }\n  }\n": typeof types.SubmitSuggestionDocument,
    "\n  fragment SuggestionDetail on Suggestion {\n    id\n    title\n    description\n    status\n    version\n    confidential\n    hideName\n    submittedAt\n    closedAt\n    responseDueAt\n    reviewOn\n    overdue\n    deadlineMissedAt\n    escalatedAt\n    escalatedTo {\n      id\n      name\n    }\n    submitterName\n    submittedByMe\n    supportCount\n    isFollowing\n    canRespond\n    canAnswer\n    alwaysFollowing\n    unit {\n      id\n      name\n      parentId\n    }\n    owedBy {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    mergedInto {\n      id\n      title\n      status\n    }\n    rating {\n      useful\n      comment\n      ratedAt\n    }\n    responses {\n      id\n      kind\n      message\n      previousStatus\n      status\n      statusChanged\n      wasLate\n      createdAt\n      reviewOn\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SuggestionDetailFragmentDoc,
    "\n  query Suggestion($id: ID!) {\n    suggestion(id: $id) {\n      ...SuggestionDetail\n    }\n  }\n": typeof types.SuggestionDocument,
    "\n  query Suggestions($filter: SuggestionFilter, $first: Int, $after: String) {\n    suggestions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          submittedAt\n          responseDueAt\n          reviewOn\n          overdue\n          escalatedAt\n          submitterName\n          supportCount\n          unit {\n            id\n            name\n          }\n          owedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SuggestionsDocument,
    "\n  query Units {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  mutation WithdrawSuggestion($input: WithdrawSuggestionInput!) {\n    withdrawSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": typeof types.WithdrawSuggestionDocument,
    "\n  query UnitDigest($unitId: ID!, $month: String!) {\n    unitDigest(unitId: $unitId, month: $month) {\n      unit {\n        id\n        name\n      }\n      month\n      complete\n      answeredCount\n      implementedCount\n      firstResponsesDue\n      firstResponsesAnsweredOnTime\n      firstResponsesOnTime\n      items {\n        suggestionId\n        title\n        status\n        implemented\n        firstAnswer\n        answeredAt\n        answerSummary\n        stories {\n          id\n          title\n          gains {\n            category\n            description\n            value\n            unit\n          }\n        }\n      }\n      thanks {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UnitDigestDocument,
};
const documents: Documents = {
    "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          entityType\n          entityId\n          at\n          actorName\n          actor {\n            id\n            name\n          }\n          before\n          after\n          changes {\n            field\n            before\n            after\n          }\n          references {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query MunicipalitySettings {\n    municipalitySettings {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n      reminderDaysBefore\n      deadlineDays\n    }\n  }\n": types.MunicipalitySettingsDocument,
    "\n  mutation UpdateMunicipalitySettings($input: MunicipalitySettingsInput!) {\n    updateMunicipalitySettings(input: $input) {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n      reminderDaysBefore\n      deadlineDays\n    }\n  }\n": types.UpdateMunicipalitySettingsDocument,
    "\n  query DemoAccounts {\n    demoAccounts {\n      email\n      name\n      role\n      unitName\n      municipalityName\n    }\n  }\n": types.DemoAccountsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      person {\n        id\n        name\n        locale\n        memberships {\n          role\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout($everywhere: Boolean) {\n    logout(everywhere: $everywhere)\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      municipality {\n        id\n        name\n      }\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  mutation AddComment($suggestionId: ID!, $body: String!) {\n    addComment(suggestionId: $suggestionId, body: $body) {\n      id\n      body\n      createdAt\n      authorName\n      byMe\n      bySubmitter\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.AddCommentDocument,
    "\n  fragment SuggestionCoCreation on Suggestion {\n    id\n    status\n    submittedByMe\n    supportCount\n    supportedByMe\n    joinedByMe\n    isFollowing\n    coCreators {\n      id\n      name\n    }\n    comments {\n      id\n      body\n      createdAt\n      authorName\n      byMe\n      bySubmitter\n      author {\n        id\n        name\n      }\n    }\n    focusArea {\n      id\n      title\n    }\n    adoptedFrom {\n      id\n      title\n    }\n    registeredBy {\n      id\n      name\n    }\n  }\n": types.SuggestionCoCreationFragmentDoc,
    "\n  query Colleagues {\n    people {\n      id\n      name\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ColleaguesDocument,
    "\n  mutation JoinSuggestion($id: ID!) {\n    joinSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n": types.JoinSuggestionDocument,
    "\n  mutation LeaveSuggestion($id: ID!) {\n    leaveSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n": types.LeaveSuggestionDocument,
    "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n      submitted {\n        ...ProfileSuggestion\n      }\n      supported {\n        ...ProfileSuggestion\n      }\n      coCreating {\n        ...ProfileSuggestion\n      }\n    }\n  }\n\n  fragment ProfileSuggestion on Suggestion {\n    id\n    title\n    status\n    submittedAt\n    supportCount\n    unit {\n      id\n      name\n    }\n  }\n": types.PersonProfileDocument,
    "\n  query SimilarSuggestions($text: String!, $unitId: ID, $first: Int) {\n    similarSuggestions(text: $text, unitId: $unitId, first: $first) {\n      score\n      suggestion {\n        id\n        title\n        status\n        supportCount\n        supportedByMe\n        submittedByMe\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SimilarSuggestionsDocument,
    "\n  query SuggestionCoCreation($id: ID!) {\n    suggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n": types.SuggestionCoCreationDocument,
    "\n  mutation SupportSuggestion($id: ID!) {\n    supportSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n": types.SupportSuggestionDocument,
    "\n  mutation UnsupportSuggestion($id: ID!) {\n    unsupportSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n": types.UnsupportSuggestionDocument,
    "\n  mutation CloseFocusArea($id: ID!) {\n    closeFocusArea(id: $id) {\n      ...FocusAreaSummary\n    }\n  }\n": types.CloseFocusAreaDocument,
    "\n  mutation CreateFocusArea($input: CreateFocusAreaInput!) {\n    createFocusArea(input: $input) {\n      ...FocusAreaSummary\n    }\n  }\n": types.CreateFocusAreaDocument,
    "\n  query FocusAreaUnits {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n": types.FocusAreaUnitsDocument,
    "\n  fragment FocusAreaSummary on FocusArea {\n    id\n    title\n    question\n    opensAt\n    closesAt\n    closedAt\n    endsAt\n    isOpen\n    canClose\n    suggestionCount\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    unit {\n      id\n      name\n      parentId\n    }\n  }\n": types.FocusAreaSummaryFragmentDoc,
    "\n  query FocusAreas {\n    focusAreas {\n      ...FocusAreaSummary\n      suggestions {\n        id\n        title\n        status\n        submittedAt\n        supportCount\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FocusAreasDocument,
    "\n  query OpenFocusAreas {\n    focusAreas(activeOnly: true) {\n      id\n      title\n      question\n      closesAt\n      endsAt\n      isOpen\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.OpenFocusAreasDocument,
    "\n  query Inbox($filter: InboxFilter, $first: Int, $after: String) {\n    inbox(filter: $filter, first: $first, after: $after) {\n      open\n      overdue\n      dueSoon\n      unanswered\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      units {\n        id\n        name\n        parentId\n      }\n      suggestions {\n        id\n        title\n        status\n        submittedAt\n        responseDueAt\n        overdue\n        escalatedAt\n        submitterName\n        supportCount\n        confidential\n        owner {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        owedBy {\n          id\n          name\n        }\n      }\n      assignedToMe {\n        id\n        title\n        status\n        submittedAt\n        responseDueAt\n        overdue\n        escalatedAt\n        submitterName\n        supportCount\n        unit {\n          id\n          name\n        }\n        owedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  fragment FeedbackMetricsFields on FeedbackMetrics {\n    from\n    to\n    unit {\n      id\n      name\n    }\n    submitted\n    firstResponsesDue\n    firstResponsesAnsweredOnTime\n    firstResponsesOnTime\n    medianDaysToFirstResponse\n    openNow\n    overdueNow\n    parkedNow\n    returnedFromParking\n    deadlinesMissed\n    escalations\n    ratedAnswers\n    ratedUseful\n    ratedUsefulCount\n    series {\n      month\n      submitted\n      firstResponsesDue\n      answeredOnTime\n      answeredLateOrMissing\n      firstResponsesOnTime\n      escalations\n    }\n  }\n": types.FeedbackMetricsFieldsFragmentDoc,
    "\n  query FeedbackMetrics($unitId: ID, $withUnit: Boolean!, $from: DateTime!, $to: DateTime!) {\n    unitMetrics: feedbackMetrics(unitId: $unitId, from: $from, to: $to) @include(if: $withUnit) {\n      ...FeedbackMetricsFields\n    }\n    municipalityMetrics: feedbackMetrics(from: $from, to: $to) {\n      ...FeedbackMetricsFields\n    }\n  }\n": types.FeedbackMetricsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    title\n    message\n    actorName\n    fromStatus\n    toStatus\n    unitName\n    escalatedTo\n    storyId\n    reviewOn\n    reviewAnswerDueAt\n    forSubmitter\n    dueAt\n    weekly {\n      overdue\n      dueThisWeek\n      answeredLastWeek\n    }\n    unitId\n    month\n    suggestion {\n      id\n      title\n      status\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    unreadCount\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query UnreadCount {\n    unreadCount\n  }\n": types.UnreadCountDocument,
    "\n  query AdminUnits {\n    adminUnits {\n      id\n      name\n      parentId\n      closedAt\n      memberCount\n      openSuggestionCount\n    }\n  }\n": types.AdminUnitsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  mutation CloseUnit($id: ID!, $moveOpenSuggestionsToId: ID!) {\n    closeUnit(id: $id, moveOpenSuggestionsToId: $moveOpenSuggestionsToId) {\n      id\n    }\n  }\n": types.CloseUnitDocument,
    "\n  fragment DirectoryPersonFields on DirectoryPerson {\n    id\n    name\n    email\n    active\n    hasPassword\n    anonymisedAt\n    memberships {\n      role\n      source\n      unit {\n        id\n        name\n        closedAt\n      }\n    }\n  }\n": types.DirectoryPersonFieldsFragmentDoc,
    "\n  query PeopleDirectory($filter: PeopleDirectoryFilter, $first: Int, $after: String) {\n    peopleDirectory(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DirectoryPersonFields\n        }\n      }\n    }\n  }\n": types.PeopleDirectoryDocument,
    "\n  query DirectoryPerson($id: ID!) {\n    directoryPerson(id: $id) {\n      ...DirectoryPersonFields\n    }\n  }\n": types.DirectoryPersonDocument,
    "\n  mutation AddPerson($input: AddPersonInput!) {\n    addPerson(input: $input) {\n      id\n      name\n    }\n  }\n": types.AddPersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      name\n      email\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation SetMemberships($personId: ID!, $memberships: [MembershipInput!]!) {\n    setMemberships(personId: $personId, memberships: $memberships) {\n      id\n    }\n  }\n": types.SetMembershipsDocument,
    "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      id\n    }\n  }\n": types.DeactivatePersonDocument,
    "\n  mutation ReactivatePerson($id: ID!) {\n    reactivatePerson(id: $id) {\n      id\n    }\n  }\n": types.ReactivatePersonDocument,
    "\n  mutation AnonymisePerson($id: ID!) {\n    anonymisePerson(id: $id) {\n      id\n      name\n    }\n  }\n": types.AnonymisePersonDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation SendPasswordLink($personId: ID!) {\n    sendPasswordLink(personId: $personId)\n  }\n": types.SendPasswordLinkDocument,
    "\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      person {\n        id\n        name\n        locale\n        memberships {\n          role\n        }\n      }\n    }\n  }\n": types.SetPasswordWithTokenDocument,
    "\n  query PeopleWaitingForPlacement {\n    peopleWaitingForPlacement {\n      id\n      name\n      email\n      createdAt\n      lastSignInAt\n    }\n  }\n": types.PeopleWaitingForPlacementDocument,
    "\n  query SsoMunicipalities {\n    ssoMunicipalities {\n      id\n      name\n      slug\n    }\n  }\n": types.SsoMunicipalitiesDocument,
    "\n  query SsoSettings {\n    ssoSettings {\n      issuer\n      clientId\n      hasClientSecret\n      emailDomains\n      localLoginEnabled\n      redirectUri\n      groupsOverage {\n        signIns\n        lastAt\n      }\n      groupMappings {\n        group\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SsoSettingsDocument,
    "\n  mutation UpdateSsoSettings($input: SsoSettingsInput!) {\n    updateSsoSettings(input: $input) {\n      issuer\n      clientId\n      hasClientSecret\n      emailDomains\n      localLoginEnabled\n      redirectUri\n      groupsOverage {\n        signIns\n        lastAt\n      }\n      groupMappings {\n        group\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UpdateSsoSettingsDocument,
    "\n  mutation AdoptSuccessStory($input: AdoptSuccessStoryInput!) {\n    adoptSuccessStory(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.AdoptSuccessStoryDocument,
    "\n  query AdoptionUnits {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n": types.AdoptionUnitsDocument,
    "\n  mutation CreateSuccessStory($input: CreateSuccessStoryInput!) {\n    createSuccessStory(input: $input) {\n      ...StoryDetail\n    }\n  }\n": types.CreateSuccessStoryDocument,
    "\n  query GainsDashboard($filter: GainsDashboardFilter) {\n    gainsDashboard(filter: $filter) {\n      storyCount\n      gainCount\n      adoptionCount\n      byCategory {\n        category\n        unit\n        sum\n        count\n      }\n      byMunicipality {\n        category\n        unit\n        sum\n        count\n        municipality {\n          id\n          name\n        }\n      }\n      byMonth {\n        month\n        category\n        unit\n        sum\n        count\n      }\n    }\n  }\n": types.GainsDashboardDocument,
    "\n  query ImplementedSuggestions($first: Int) {\n    suggestions(filter: { status: [IMPLEMENTED] }, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ImplementedSuggestionsDocument,
    "\n  mutation PublishSuccessStory($id: ID!) {\n    publishSuccessStory(id: $id) {\n      ...StoryDetail\n    }\n  }\n": types.PublishSuccessStoryDocument,
    "\n  query StoryContacts {\n    people {\n      id\n      name\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.StoryContactsDocument,
    "\n  fragment StoryDetail on SuccessStory {\n    id\n    title\n    summary\n    problem\n    solution\n    technology\n    lessons\n    trainingTips\n    status\n    version\n    canEdit\n    canUnpublish\n    contactEmail\n    createdAt\n    updatedAt\n    publishedAt\n    municipality {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n    contactPerson {\n      id\n      name\n    }\n    gains {\n      category\n      description\n      value\n      unit\n    }\n    suggestions {\n      id\n      title\n      status\n    }\n    adoptionCount\n    adoptingUnitIds\n    adoptions {\n      adoptedAt\n      status\n      title\n      municipality {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      suggestion {\n        id\n        title\n        status\n      }\n    }\n  }\n": types.StoryDetailFragmentDoc,
    "\n  query StoryMunicipalities {\n    municipalities {\n      id\n      name\n    }\n  }\n": types.StoryMunicipalitiesDocument,
    "\n  query StoryTechnologies {\n    successStoryTechnologies\n  }\n": types.StoryTechnologiesDocument,
    "\n  query SuccessStories($filter: SuccessStoryFilter, $first: Int, $after: String) {\n    successStories(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          status\n          technology\n          publishedAt\n          createdAt\n          adoptionCount\n          municipality {\n            id\n            name\n          }\n          gains {\n            category\n            description\n            value\n            unit\n          }\n        }\n      }\n    }\n  }\n": types.SuccessStoriesDocument,
    "\n  query SuccessStory($id: ID!) {\n    successStory(id: $id) {\n      ...StoryDetail\n    }\n  }\n": types.SuccessStoryDocument,
    "\n  mutation UnpublishSuccessStory($id: ID!) {\n    unpublishSuccessStory(id: $id) {\n      ...StoryDetail\n    }\n  }\n": types.UnpublishSuccessStoryDocument,
    "\n  mutation UpdateSuccessStory($input: UpdateSuccessStoryInput!) {\n    updateSuccessStory(input: $input) {\n      ...StoryDetail\n    }\n  }\n": types.UpdateSuccessStoryDocument,
    "\n  mutation AssignSuggestion($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": types.AssignSuggestionDocument,
    "\n  mutation FollowSuggestion($id: ID!) {\n    followSuggestion(id: $id) {\n      id\n      isFollowing\n    }\n  }\n": types.FollowSuggestionDocument,
    "\n  mutation UnfollowSuggestion($id: ID!) {\n    unfollowSuggestion(id: $id) {\n      id\n      isFollowing\n    }\n  }\n": types.UnfollowSuggestionDocument,
    "\n  mutation MergeSuggestion($input: MergeSuggestionInput!) {\n    mergeSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": types.MergeSuggestionDocument,
    "\n  query People {\n    people {\n      id\n      name\n      email\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  mutation RateAnswer($suggestionId: ID!, $useful: Boolean!, $comment: String) {\n    rateAnswer(suggestionId: $suggestionId, useful: $useful, comment: $comment) {\n      ...SuggestionDetail\n    }\n  }\n": types.RateAnswerDocument,
    "\n  mutation RespondToSuggestion($input: RespondToSuggestionInput!) {\n    respondToSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": types.RespondToSuggestionDocument,
    "\n  mutation SubmitSuggestion($input: SubmitSuggestionInput!) {\n    submitSuggestion(input: $input) {\n      id\n      title\n      status\n      responseDueAt\n    }\n  }\n": types.SubmitSuggestionDocument,
    "\n  fragment SuggestionDetail on Suggestion {\n    id\n    title\n    description\n    status\n    version\n    confidential\n    hideName\n    submittedAt\n    closedAt\n    responseDueAt\n    reviewOn\n    overdue\n    deadlineMissedAt\n    escalatedAt\n    escalatedTo {\n      id\n      name\n    }\n    submitterName\n    submittedByMe\n    supportCount\n    isFollowing\n    canRespond\n    canAnswer\n    alwaysFollowing\n    unit {\n      id\n      name\n      parentId\n    }\n    owedBy {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    mergedInto {\n      id\n      title\n      status\n    }\n    rating {\n      useful\n      comment\n      ratedAt\n    }\n    responses {\n      id\n      kind\n      message\n      previousStatus\n      status\n      statusChanged\n      wasLate\n      createdAt\n      reviewOn\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.SuggestionDetailFragmentDoc,
    "\n  query Suggestion($id: ID!) {\n    suggestion(id: $id) {\n      ...SuggestionDetail\n    }\n  }\n": types.SuggestionDocument,
    "\n  query Suggestions($filter: SuggestionFilter, $first: Int, $after: String) {\n    suggestions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          submittedAt\n          responseDueAt\n          reviewOn\n          overdue\n          escalatedAt\n          submitterName\n          supportCount\n          unit {\n            id\n            name\n          }\n          owedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SuggestionsDocument,
    "\n  query Units {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n": types.UnitsDocument,
    "\n  mutation WithdrawSuggestion($input: WithdrawSuggestionInput!) {\n    withdrawSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": types.WithdrawSuggestionDocument,
    "\n  query UnitDigest($unitId: ID!, $month: String!) {\n    unitDigest(unitId: $unitId, month: $month) {\n      unit {\n        id\n        name\n      }\n      month\n      complete\n      answeredCount\n      implementedCount\n      firstResponsesDue\n      firstResponsesAnsweredOnTime\n      firstResponsesOnTime\n      items {\n        suggestionId\n        title\n        status\n        implemented\n        firstAnswer\n        answeredAt\n        answerSummary\n        stories {\n          id\n          title\n          gains {\n            category\n            description\n            value\n            unit\n          }\n        }\n      }\n      thanks {\n        id\n        name\n      }\n    }\n  }\n": types.UnitDigestDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          entityType\n          entityId\n          at\n          actorName\n          actor {\n            id\n            name\n          }\n          before\n          after\n          changes {\n            field\n            before\n            after\n          }\n          references {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          action\n          entityType\n          entityId\n          at\n          actorName\n          actor {\n            id\n            name\n          }\n          before\n          after\n          changes {\n            field\n            before\n            after\n          }\n          references {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MunicipalitySettings {\n    municipalitySettings {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n      reminderDaysBefore\n      deadlineDays\n    }\n  }\n"): (typeof documents)["\n  query MunicipalitySettings {\n    municipalitySettings {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n      reminderDaysBefore\n      deadlineDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMunicipalitySettings($input: MunicipalitySettingsInput!) {\n    updateMunicipalitySettings(input: $input) {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n      reminderDaysBefore\n      deadlineDays\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMunicipalitySettings($input: MunicipalitySettingsInput!) {\n    updateMunicipalitySettings(input: $input) {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n      reminderDaysBefore\n      deadlineDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoAccounts {\n    demoAccounts {\n      email\n      name\n      role\n      unitName\n      municipalityName\n    }\n  }\n"): (typeof documents)["\n  query DemoAccounts {\n    demoAccounts {\n      email\n      name\n      role\n      unitName\n      municipalityName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      person {\n        id\n        name\n        locale\n        memberships {\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      person {\n        id\n        name\n        locale\n        memberships {\n          role\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($everywhere: Boolean) {\n    logout(everywhere: $everywhere)\n  }\n"): (typeof documents)["\n  mutation Logout($everywhere: Boolean) {\n    logout(everywhere: $everywhere)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      municipality {\n        id\n        name\n      }\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      municipality {\n        id\n        name\n      }\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($suggestionId: ID!, $body: String!) {\n    addComment(suggestionId: $suggestionId, body: $body) {\n      id\n      body\n      createdAt\n      authorName\n      byMe\n      bySubmitter\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($suggestionId: ID!, $body: String!) {\n    addComment(suggestionId: $suggestionId, body: $body) {\n      id\n      body\n      createdAt\n      authorName\n      byMe\n      bySubmitter\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SuggestionCoCreation on Suggestion {\n    id\n    status\n    submittedByMe\n    supportCount\n    supportedByMe\n    joinedByMe\n    isFollowing\n    coCreators {\n      id\n      name\n    }\n    comments {\n      id\n      body\n      createdAt\n      authorName\n      byMe\n      bySubmitter\n      author {\n        id\n        name\n      }\n    }\n    focusArea {\n      id\n      title\n    }\n    adoptedFrom {\n      id\n      title\n    }\n    registeredBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SuggestionCoCreation on Suggestion {\n    id\n    status\n    submittedByMe\n    supportCount\n    supportedByMe\n    joinedByMe\n    isFollowing\n    coCreators {\n      id\n      name\n    }\n    comments {\n      id\n      body\n      createdAt\n      authorName\n      byMe\n      bySubmitter\n      author {\n        id\n        name\n      }\n    }\n    focusArea {\n      id\n      title\n    }\n    adoptedFrom {\n      id\n      title\n    }\n    registeredBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues {\n    people {\n      id\n      name\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Colleagues {\n    people {\n      id\n      name\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinSuggestion($id: ID!) {\n    joinSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n"): (typeof documents)["\n  mutation JoinSuggestion($id: ID!) {\n    joinSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveSuggestion($id: ID!) {\n    leaveSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveSuggestion($id: ID!) {\n    leaveSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n      submitted {\n        ...ProfileSuggestion\n      }\n      supported {\n        ...ProfileSuggestion\n      }\n      coCreating {\n        ...ProfileSuggestion\n      }\n    }\n  }\n\n  fragment ProfileSuggestion on Suggestion {\n    id\n    title\n    status\n    submittedAt\n    supportCount\n    unit {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n      submitted {\n        ...ProfileSuggestion\n      }\n      supported {\n        ...ProfileSuggestion\n      }\n      coCreating {\n        ...ProfileSuggestion\n      }\n    }\n  }\n\n  fragment ProfileSuggestion on Suggestion {\n    id\n    title\n    status\n    submittedAt\n    supportCount\n    unit {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarSuggestions($text: String!, $unitId: ID, $first: Int) {\n    similarSuggestions(text: $text, unitId: $unitId, first: $first) {\n      score\n      suggestion {\n        id\n        title\n        status\n        supportCount\n        supportedByMe\n        submittedByMe\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarSuggestions($text: String!, $unitId: ID, $first: Int) {\n    similarSuggestions(text: $text, unitId: $unitId, first: $first) {\n      score\n      suggestion {\n        id\n        title\n        status\n        supportCount\n        supportedByMe\n        submittedByMe\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionCoCreation($id: ID!) {\n    suggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n"): (typeof documents)["\n  query SuggestionCoCreation($id: ID!) {\n    suggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportSuggestion($id: ID!) {\n    supportSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n"): (typeof documents)["\n  mutation SupportSuggestion($id: ID!) {\n    supportSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsupportSuggestion($id: ID!) {\n    unsupportSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n"): (typeof documents)["\n  mutation UnsupportSuggestion($id: ID!) {\n    unsupportSuggestion(id: $id) {\n      ...SuggestionCoCreation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseFocusArea($id: ID!) {\n    closeFocusArea(id: $id) {\n      ...FocusAreaSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CloseFocusArea($id: ID!) {\n    closeFocusArea(id: $id) {\n      ...FocusAreaSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFocusArea($input: CreateFocusAreaInput!) {\n    createFocusArea(input: $input) {\n      ...FocusAreaSummary\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFocusArea($input: CreateFocusAreaInput!) {\n    createFocusArea(input: $input) {\n      ...FocusAreaSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FocusAreaUnits {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n"): (typeof documents)["\n  query FocusAreaUnits {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FocusAreaSummary on FocusArea {\n    id\n    title\n    question\n    opensAt\n    closesAt\n    closedAt\n    endsAt\n    isOpen\n    canClose\n    suggestionCount\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    unit {\n      id\n      name\n      parentId\n    }\n  }\n"): (typeof documents)["\n  fragment FocusAreaSummary on FocusArea {\n    id\n    title\n    question\n    opensAt\n    closesAt\n    closedAt\n    endsAt\n    isOpen\n    canClose\n    suggestionCount\n    createdAt\n    createdBy {\n      id\n      name\n    }\n    unit {\n      id\n      name\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FocusAreas {\n    focusAreas {\n      ...FocusAreaSummary\n      suggestions {\n        id\n        title\n        status\n        submittedAt\n        supportCount\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FocusAreas {\n    focusAreas {\n      ...FocusAreaSummary\n      suggestions {\n        id\n        title\n        status\n        submittedAt\n        supportCount\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenFocusAreas {\n    focusAreas(activeOnly: true) {\n      id\n      title\n      question\n      closesAt\n      endsAt\n      isOpen\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenFocusAreas {\n    focusAreas(activeOnly: true) {\n      id\n      title\n      question\n      closesAt\n      endsAt\n      isOpen\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($filter: InboxFilter, $first: Int, $after: String) {\n    inbox(filter: $filter, first: $first, after: $after) {\n      open\n      overdue\n      dueSoon\n      unanswered\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      units {\n        id\n        name\n        parentId\n      }\n      suggestions {\n        id\n        title\n        status\n        submittedAt\n        responseDueAt\n        overdue\n        escalatedAt\n        submitterName\n        supportCount\n        confidential\n        owner {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        owedBy {\n          id\n          name\n        }\n      }\n      assignedToMe {\n        id\n        title\n        status\n        submittedAt\n        responseDueAt\n        overdue\n        escalatedAt\n        submitterName\n        supportCount\n        unit {\n          id\n          name\n        }\n        owedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($filter: InboxFilter, $first: Int, $after: String) {\n    inbox(filter: $filter, first: $first, after: $after) {\n      open\n      overdue\n      dueSoon\n      unanswered\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      units {\n        id\n        name\n        parentId\n      }\n      suggestions {\n        id\n        title\n        status\n        submittedAt\n        responseDueAt\n        overdue\n        escalatedAt\n        submitterName\n        supportCount\n        confidential\n        owner {\n          id\n          name\n        }\n        unit {\n          id\n          name\n        }\n        owedBy {\n          id\n          name\n        }\n      }\n      assignedToMe {\n        id\n        title\n        status\n        submittedAt\n        responseDueAt\n        overdue\n        escalatedAt\n        submitterName\n        supportCount\n        unit {\n          id\n          name\n        }\n        owedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackMetricsFields on FeedbackMetrics {\n    from\n    to\n    unit {\n      id\n      name\n    }\n    submitted\n    firstResponsesDue\n    firstResponsesAnsweredOnTime\n    firstResponsesOnTime\n    medianDaysToFirstResponse\n    openNow\n    overdueNow\n    parkedNow\n    returnedFromParking\n    deadlinesMissed\n    escalations\n    ratedAnswers\n    ratedUseful\n    ratedUsefulCount\n    series {\n      month\n      submitted\n      firstResponsesDue\n      answeredOnTime\n      answeredLateOrMissing\n      firstResponsesOnTime\n      escalations\n    }\n  }\n"): (typeof documents)["\n  fragment FeedbackMetricsFields on FeedbackMetrics {\n    from\n    to\n    unit {\n      id\n      name\n    }\n    submitted\n    firstResponsesDue\n    firstResponsesAnsweredOnTime\n    firstResponsesOnTime\n    medianDaysToFirstResponse\n    openNow\n    overdueNow\n    parkedNow\n    returnedFromParking\n    deadlinesMissed\n    escalations\n    ratedAnswers\n    ratedUseful\n    ratedUsefulCount\n    series {\n      month\n      submitted\n      firstResponsesDue\n      answeredOnTime\n      answeredLateOrMissing\n      firstResponsesOnTime\n      escalations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackMetrics($unitId: ID, $withUnit: Boolean!, $from: DateTime!, $to: DateTime!) {\n    unitMetrics: feedbackMetrics(unitId: $unitId, from: $from, to: $to) @include(if: $withUnit) {\n      ...FeedbackMetricsFields\n    }\n    municipalityMetrics: feedbackMetrics(from: $from, to: $to) {\n      ...FeedbackMetricsFields\n    }\n  }\n"): (typeof documents)["\n  query FeedbackMetrics($unitId: ID, $withUnit: Boolean!, $from: DateTime!, $to: DateTime!) {\n    unitMetrics: feedbackMetrics(unitId: $unitId, from: $from, to: $to) @include(if: $withUnit) {\n      ...FeedbackMetricsFields\n    }\n    municipalityMetrics: feedbackMetrics(from: $from, to: $to) {\n      ...FeedbackMetricsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    title\n    message\n    actorName\n    fromStatus\n    toStatus\n    unitName\n    escalatedTo\n    storyId\n    reviewOn\n    reviewAnswerDueAt\n    forSubmitter\n    dueAt\n    weekly {\n      overdue\n      dueThisWeek\n      answeredLastWeek\n    }\n    unitId\n    month\n    suggestion {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    createdAt\n    readAt\n    title\n    message\n    actorName\n    fromStatus\n    toStatus\n    unitName\n    escalatedTo\n    storyId\n    reviewOn\n    reviewAnswerDueAt\n    forSubmitter\n    dueAt\n    weekly {\n      overdue\n      dueThisWeek\n      answeredLastWeek\n    }\n    unitId\n    month\n    suggestion {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    unreadCount\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    unreadCount\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    unreadCount\n  }\n"): (typeof documents)["\n  query UnreadCount {\n    unreadCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUnits {\n    adminUnits {\n      id\n      name\n      parentId\n      closedAt\n      memberCount\n      openSuggestionCount\n    }\n  }\n"): (typeof documents)["\n  query AdminUnits {\n    adminUnits {\n      id\n      name\n      parentId\n      closedAt\n      memberCount\n      openSuggestionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseUnit($id: ID!, $moveOpenSuggestionsToId: ID!) {\n    closeUnit(id: $id, moveOpenSuggestionsToId: $moveOpenSuggestionsToId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CloseUnit($id: ID!, $moveOpenSuggestionsToId: ID!) {\n    closeUnit(id: $id, moveOpenSuggestionsToId: $moveOpenSuggestionsToId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryPersonFields on DirectoryPerson {\n    id\n    name\n    email\n    active\n    hasPassword\n    anonymisedAt\n    memberships {\n      role\n      source\n      unit {\n        id\n        name\n        closedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DirectoryPersonFields on DirectoryPerson {\n    id\n    name\n    email\n    active\n    hasPassword\n    anonymisedAt\n    memberships {\n      role\n      source\n      unit {\n        id\n        name\n        closedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleDirectory($filter: PeopleDirectoryFilter, $first: Int, $after: String) {\n    peopleDirectory(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DirectoryPersonFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleDirectory($filter: PeopleDirectoryFilter, $first: Int, $after: String) {\n    peopleDirectory(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DirectoryPersonFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryPerson($id: ID!) {\n    directoryPerson(id: $id) {\n      ...DirectoryPersonFields\n    }\n  }\n"): (typeof documents)["\n  query DirectoryPerson($id: ID!) {\n    directoryPerson(id: $id) {\n      ...DirectoryPersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPerson($input: AddPersonInput!) {\n    addPerson(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AddPerson($input: AddPersonInput!) {\n    addPerson(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberships($personId: ID!, $memberships: [MembershipInput!]!) {\n    setMemberships(personId: $personId, memberships: $memberships) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberships($personId: ID!, $memberships: [MembershipInput!]!) {\n    setMemberships(personId: $personId, memberships: $memberships) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivatePerson($id: ID!) {\n    deactivatePerson(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivatePerson($id: ID!) {\n    reactivatePerson(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivatePerson($id: ID!) {\n    reactivatePerson(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnonymisePerson($id: ID!) {\n    anonymisePerson(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AnonymisePerson($id: ID!) {\n    anonymisePerson(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPasswordLink($personId: ID!) {\n    sendPasswordLink(personId: $personId)\n  }\n"): (typeof documents)["\n  mutation SendPasswordLink($personId: ID!) {\n    sendPasswordLink(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      person {\n        id\n        name\n        locale\n        memberships {\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPasswordWithToken($token: String!, $password: String!) {\n    setPasswordWithToken(token: $token, password: $password) {\n      person {\n        id\n        name\n        locale\n        memberships {\n          role\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleWaitingForPlacement {\n    peopleWaitingForPlacement {\n      id\n      name\n      email\n      createdAt\n      lastSignInAt\n    }\n  }\n"): (typeof documents)["\n  query PeopleWaitingForPlacement {\n    peopleWaitingForPlacement {\n      id\n      name\n      email\n      createdAt\n      lastSignInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoMunicipalities {\n    ssoMunicipalities {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  query SsoMunicipalities {\n    ssoMunicipalities {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SsoSettings {\n    ssoSettings {\n      issuer\n      clientId\n      hasClientSecret\n      emailDomains\n      localLoginEnabled\n      redirectUri\n      groupsOverage {\n        signIns\n        lastAt\n      }\n      groupMappings {\n        group\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SsoSettings {\n    ssoSettings {\n      issuer\n      clientId\n      hasClientSecret\n      emailDomains\n      localLoginEnabled\n      redirectUri\n      groupsOverage {\n        signIns\n        lastAt\n      }\n      groupMappings {\n        group\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSsoSettings($input: SsoSettingsInput!) {\n    updateSsoSettings(input: $input) {\n      issuer\n      clientId\n      hasClientSecret\n      emailDomains\n      localLoginEnabled\n      redirectUri\n      groupsOverage {\n        signIns\n        lastAt\n      }\n      groupMappings {\n        group\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSsoSettings($input: SsoSettingsInput!) {\n    updateSsoSettings(input: $input) {\n      issuer\n      clientId\n      hasClientSecret\n      emailDomains\n      localLoginEnabled\n      redirectUri\n      groupsOverage {\n        signIns\n        lastAt\n      }\n      groupMappings {\n        group\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptSuccessStory($input: AdoptSuccessStoryInput!) {\n    adoptSuccessStory(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptSuccessStory($input: AdoptSuccessStoryInput!) {\n    adoptSuccessStory(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionUnits {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n"): (typeof documents)["\n  query AdoptionUnits {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSuccessStory($input: CreateSuccessStoryInput!) {\n    createSuccessStory(input: $input) {\n      ...StoryDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSuccessStory($input: CreateSuccessStoryInput!) {\n    createSuccessStory(input: $input) {\n      ...StoryDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GainsDashboard($filter: GainsDashboardFilter) {\n    gainsDashboard(filter: $filter) {\n      storyCount\n      gainCount\n      adoptionCount\n      byCategory {\n        category\n        unit\n        sum\n        count\n      }\n      byMunicipality {\n        category\n        unit\n        sum\n        count\n        municipality {\n          id\n          name\n        }\n      }\n      byMonth {\n        month\n        category\n        unit\n        sum\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query GainsDashboard($filter: GainsDashboardFilter) {\n    gainsDashboard(filter: $filter) {\n      storyCount\n      gainCount\n      adoptionCount\n      byCategory {\n        category\n        unit\n        sum\n        count\n      }\n      byMunicipality {\n        category\n        unit\n        sum\n        count\n        municipality {\n          id\n          name\n        }\n      }\n      byMonth {\n        month\n        category\n        unit\n        sum\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImplementedSuggestions($first: Int) {\n    suggestions(filter: { status: [IMPLEMENTED] }, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImplementedSuggestions($first: Int) {\n    suggestions(filter: { status: [IMPLEMENTED] }, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          unit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSuccessStory($id: ID!) {\n    publishSuccessStory(id: $id) {\n      ...StoryDetail\n    }\n  }\n"): (typeof documents)["\n  mutation PublishSuccessStory($id: ID!) {\n    publishSuccessStory(id: $id) {\n      ...StoryDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoryContacts {\n    people {\n      id\n      name\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StoryContacts {\n    people {\n      id\n      name\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoryDetail on SuccessStory {\n    id\n    title\n    summary\n    problem\n    solution\n    technology\n    lessons\n    trainingTips\n    status\n    version\n    canEdit\n    canUnpublish\n    contactEmail\n    createdAt\n    updatedAt\n    publishedAt\n    municipality {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n    contactPerson {\n      id\n      name\n    }\n    gains {\n      category\n      description\n      value\n      unit\n    }\n    suggestions {\n      id\n      title\n      status\n    }\n    adoptionCount\n    adoptingUnitIds\n    adoptions {\n      adoptedAt\n      status\n      title\n      municipality {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      suggestion {\n        id\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StoryDetail on SuccessStory {\n    id\n    title\n    summary\n    problem\n    solution\n    technology\n    lessons\n    trainingTips\n    status\n    version\n    canEdit\n    canUnpublish\n    contactEmail\n    createdAt\n    updatedAt\n    publishedAt\n    municipality {\n      id\n      name\n    }\n    author {\n      id\n      name\n    }\n    contactPerson {\n      id\n      name\n    }\n    gains {\n      category\n      description\n      value\n      unit\n    }\n    suggestions {\n      id\n      title\n      status\n    }\n    adoptionCount\n    adoptingUnitIds\n    adoptions {\n      adoptedAt\n      status\n      title\n      municipality {\n        id\n        name\n      }\n      unit {\n        id\n        name\n      }\n      suggestion {\n        id\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoryMunicipalities {\n    municipalities {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query StoryMunicipalities {\n    municipalities {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoryTechnologies {\n    successStoryTechnologies\n  }\n"): (typeof documents)["\n  query StoryTechnologies {\n    successStoryTechnologies\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuccessStories($filter: SuccessStoryFilter, $first: Int, $after: String) {\n    successStories(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          status\n          technology\n          publishedAt\n          createdAt\n          adoptionCount\n          municipality {\n            id\n            name\n          }\n          gains {\n            category\n            description\n            value\n            unit\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuccessStories($filter: SuccessStoryFilter, $first: Int, $after: String) {\n    successStories(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          status\n          technology\n          publishedAt\n          createdAt\n          adoptionCount\n          municipality {\n            id\n            name\n          }\n          gains {\n            category\n            description\n            value\n            unit\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuccessStory($id: ID!) {\n    successStory(id: $id) {\n      ...StoryDetail\n    }\n  }\n"): (typeof documents)["\n  query SuccessStory($id: ID!) {\n    successStory(id: $id) {\n      ...StoryDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishSuccessStory($id: ID!) {\n    unpublishSuccessStory(id: $id) {\n      ...StoryDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishSuccessStory($id: ID!) {\n    unpublishSuccessStory(id: $id) {\n      ...StoryDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSuccessStory($input: UpdateSuccessStoryInput!) {\n    updateSuccessStory(input: $input) {\n      ...StoryDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSuccessStory($input: UpdateSuccessStoryInput!) {\n    updateSuccessStory(input: $input) {\n      ...StoryDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignSuggestion($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AssignSuggestion($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowSuggestion($id: ID!) {\n    followSuggestion(id: $id) {\n      id\n      isFollowing\n    }\n  }\n"): (typeof documents)["\n  mutation FollowSuggestion($id: ID!) {\n    followSuggestion(id: $id) {\n      id\n      isFollowing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowSuggestion($id: ID!) {\n    unfollowSuggestion(id: $id) {\n      id\n      isFollowing\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowSuggestion($id: ID!) {\n    unfollowSuggestion(id: $id) {\n      id\n      isFollowing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeSuggestion($input: MergeSuggestionInput!) {\n    mergeSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n"): (typeof documents)["\n  mutation MergeSuggestion($input: MergeSuggestionInput!) {\n    mergeSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People {\n    people {\n      id\n      name\n      email\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People {\n    people {\n      id\n      name\n      email\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateAnswer($suggestionId: ID!, $useful: Boolean!, $comment: String) {\n    rateAnswer(suggestionId: $suggestionId, useful: $useful, comment: $comment) {\n      ...SuggestionDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RateAnswer($suggestionId: ID!, $useful: Boolean!, $comment: String) {\n    rateAnswer(suggestionId: $suggestionId, useful: $useful, comment: $comment) {\n      ...SuggestionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToSuggestion($input: RespondToSuggestionInput!) {\n    respondToSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToSuggestion($input: RespondToSuggestionInput!) {\n    respondToSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSuggestion($input: SubmitSuggestionInput!) {\n    submitSuggestion(input: $input) {\n      id\n      title\n      status\n      responseDueAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSuggestion($input: SubmitSuggestionInput!) {\n    submitSuggestion(input: $input) {\n      id\n      title\n      status\n      responseDueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SuggestionDetail on Suggestion {\n    id\n    title\n    description\n    status\n    version\n    confidential\n    hideName\n    submittedAt\n    closedAt\n    responseDueAt\n    reviewOn\n    overdue\n    deadlineMissedAt\n    escalatedAt\n    escalatedTo {\n      id\n      name\n    }\n    submitterName\n    submittedByMe\n    supportCount\n    isFollowing\n    canRespond\n    canAnswer\n    alwaysFollowing\n    unit {\n      id\n      name\n      parentId\n    }\n    owedBy {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    mergedInto {\n      id\n      title\n      status\n    }\n    rating {\n      useful\n      comment\n      ratedAt\n    }\n    responses {\n      id\n      kind\n      message\n      previousStatus\n      status\n      statusChanged\n      wasLate\n      createdAt\n      reviewOn\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SuggestionDetail on Suggestion {\n    id\n    title\n    description\n    status\n    version\n    confidential\n    hideName\n    submittedAt\n    closedAt\n    responseDueAt\n    reviewOn\n    overdue\n    deadlineMissedAt\n    escalatedAt\n    escalatedTo {\n      id\n      name\n    }\n    submitterName\n    submittedByMe\n    supportCount\n    isFollowing\n    canRespond\n    canAnswer\n    alwaysFollowing\n    unit {\n      id\n      name\n      parentId\n    }\n    owedBy {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    mergedInto {\n      id\n      title\n      status\n    }\n    rating {\n      useful\n      comment\n      ratedAt\n    }\n    responses {\n      id\n      kind\n      message\n      previousStatus\n      status\n      statusChanged\n      wasLate\n      createdAt\n      reviewOn\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggestion($id: ID!) {\n    suggestion(id: $id) {\n      ...SuggestionDetail\n    }\n  }\n"): (typeof documents)["\n  query Suggestion($id: ID!) {\n    suggestion(id: $id) {\n      ...SuggestionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggestions($filter: SuggestionFilter, $first: Int, $after: String) {\n    suggestions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          submittedAt\n          responseDueAt\n          reviewOn\n          overdue\n          escalatedAt\n          submitterName\n          supportCount\n          unit {\n            id\n            name\n          }\n          owedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Suggestions($filter: SuggestionFilter, $first: Int, $after: String) {\n    suggestions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          submittedAt\n          responseDueAt\n          reviewOn\n          overdue\n          escalatedAt\n          submitterName\n          supportCount\n          unit {\n            id\n            name\n          }\n          owedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n"): (typeof documents)["\n  query Units {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSuggestion($input: WithdrawSuggestionInput!) {\n    withdrawSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSuggestion($input: WithdrawSuggestionInput!) {\n    withdrawSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitDigest($unitId: ID!, $month: String!) {\n    unitDigest(unitId: $unitId, month: $month) {\n      unit {\n        id\n        name\n      }\n      month\n      complete\n      answeredCount\n      implementedCount\n      firstResponsesDue\n      firstResponsesAnsweredOnTime\n      firstResponsesOnTime\n      items {\n        suggestionId\n        title\n        status\n        implemented\n        firstAnswer\n        answeredAt\n        answerSummary\n        stories {\n          id\n          title\n          gains {\n            category\n            description\n            value\n            unit\n          }\n        }\n      }\n      thanks {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitDigest($unitId: ID!, $month: String!) {\n    unitDigest(unitId: $unitId, month: $month) {\n      unit {\n        id\n        name\n      }\n      month\n      complete\n      answeredCount\n      implementedCount\n      firstResponsesDue\n      firstResponsesAnsweredOnTime\n      firstResponsesOnTime\n      items {\n        suggestionId\n        title\n        status\n        implemented\n        firstAnswer\n        answeredAt\n        answerSummary\n        stories {\n          id\n          title\n          gains {\n            category\n            description\n            value\n            unit\n          }\n        }\n      }\n      thanks {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
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
    "\n  query MunicipalitySettings {\n    municipalitySettings {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n    }\n  }\n": typeof types.MunicipalitySettingsDocument,
    "\n  mutation UpdateMunicipalitySettings($input: MunicipalitySettingsInput!) {\n    updateMunicipalitySettings(input: $input) {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n    }\n  }\n": typeof types.UpdateMunicipalitySettingsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      municipality {\n        id\n        name\n      }\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation AssignSuggestion($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": typeof types.AssignSuggestionDocument,
    "\n  mutation FollowSuggestion($id: ID!) {\n    followSuggestion(id: $id) {\n      id\n      isFollowing\n    }\n  }\n": typeof types.FollowSuggestionDocument,
    "\n  mutation UnfollowSuggestion($id: ID!) {\n    unfollowSuggestion(id: $id) {\n      id\n      isFollowing\n    }\n  }\n": typeof types.UnfollowSuggestionDocument,
    "\n  mutation MergeSuggestion($input: MergeSuggestionInput!) {\n    mergeSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": typeof types.MergeSuggestionDocument,
    "\n  query People {\n    people {\n      id\n      name\n      email\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation RateAnswer($suggestionId: ID!, $useful: Boolean!, $comment: String) {\n    rateAnswer(suggestionId: $suggestionId, useful: $useful, comment: $comment) {\n      ...SuggestionDetail\n    }\n  }\n": typeof types.RateAnswerDocument,
    "\n  mutation RespondToSuggestion($input: RespondToSuggestionInput!) {\n    respondToSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": typeof types.RespondToSuggestionDocument,
    "\n  mutation SubmitSuggestion($input: SubmitSuggestionInput!) {\n    submitSuggestion(input: $input) {\n      id\n      title\n      status\n      responseDueAt\n    }\n  }\n": typeof types.SubmitSuggestionDocument,
    "\n  fragment SuggestionDetail on Suggestion {\n    id\n    title\n    description\n    status\n    version\n    confidential\n    hideName\n    submittedAt\n    closedAt\n    responseDueAt\n    overdue\n    deadlineMissedAt\n    escalatedAt\n    escalatedTo {\n      id\n      name\n    }\n    submitterName\n    submittedByMe\n    supportCount\n    isFollowing\n    canRespond\n    unit {\n      id\n      name\n      parentId\n    }\n    owedBy {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    mergedInto {\n      id\n      title\n      status\n    }\n    rating {\n      useful\n      comment\n      ratedAt\n    }\n    responses {\n      id\n      kind\n      message\n      previousStatus\n      status\n      statusChanged\n      wasLate\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SuggestionDetailFragmentDoc,
    "\n  query Suggestion($id: ID!) {\n    suggestion(id: $id) {\n      ...SuggestionDetail\n    }\n  }\n": typeof types.SuggestionDocument,
    "\n  query Suggestions($filter: SuggestionFilter, $first: Int, $after: String) {\n    suggestions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          submittedAt\n          responseDueAt\n          overdue\n          escalatedAt\n          submitterName\n          supportCount\n          unit {\n            id\n            name\n          }\n          owedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SuggestionsDocument,
    "\n  query Units {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  mutation WithdrawSuggestion($input: WithdrawSuggestionInput!) {\n    withdrawSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": typeof types.WithdrawSuggestionDocument,
};
const documents: Documents = {
    "\n  query MunicipalitySettings {\n    municipalitySettings {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n    }\n  }\n": types.MunicipalitySettingsDocument,
    "\n  mutation UpdateMunicipalitySettings($input: MunicipalitySettingsInput!) {\n    updateMunicipalitySettings(input: $input) {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n    }\n  }\n": types.UpdateMunicipalitySettingsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      municipality {\n        id\n        name\n      }\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation AssignSuggestion($input: AssignSuggestionInput!) {\n    assignSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": types.AssignSuggestionDocument,
    "\n  mutation FollowSuggestion($id: ID!) {\n    followSuggestion(id: $id) {\n      id\n      isFollowing\n    }\n  }\n": types.FollowSuggestionDocument,
    "\n  mutation UnfollowSuggestion($id: ID!) {\n    unfollowSuggestion(id: $id) {\n      id\n      isFollowing\n    }\n  }\n": types.UnfollowSuggestionDocument,
    "\n  mutation MergeSuggestion($input: MergeSuggestionInput!) {\n    mergeSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": types.MergeSuggestionDocument,
    "\n  query People {\n    people {\n      id\n      name\n      email\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  mutation RateAnswer($suggestionId: ID!, $useful: Boolean!, $comment: String) {\n    rateAnswer(suggestionId: $suggestionId, useful: $useful, comment: $comment) {\n      ...SuggestionDetail\n    }\n  }\n": types.RateAnswerDocument,
    "\n  mutation RespondToSuggestion($input: RespondToSuggestionInput!) {\n    respondToSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": types.RespondToSuggestionDocument,
    "\n  mutation SubmitSuggestion($input: SubmitSuggestionInput!) {\n    submitSuggestion(input: $input) {\n      id\n      title\n      status\n      responseDueAt\n    }\n  }\n": types.SubmitSuggestionDocument,
    "\n  fragment SuggestionDetail on Suggestion {\n    id\n    title\n    description\n    status\n    version\n    confidential\n    hideName\n    submittedAt\n    closedAt\n    responseDueAt\n    overdue\n    deadlineMissedAt\n    escalatedAt\n    escalatedTo {\n      id\n      name\n    }\n    submitterName\n    submittedByMe\n    supportCount\n    isFollowing\n    canRespond\n    unit {\n      id\n      name\n      parentId\n    }\n    owedBy {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    mergedInto {\n      id\n      title\n      status\n    }\n    rating {\n      useful\n      comment\n      ratedAt\n    }\n    responses {\n      id\n      kind\n      message\n      previousStatus\n      status\n      statusChanged\n      wasLate\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.SuggestionDetailFragmentDoc,
    "\n  query Suggestion($id: ID!) {\n    suggestion(id: $id) {\n      ...SuggestionDetail\n    }\n  }\n": types.SuggestionDocument,
    "\n  query Suggestions($filter: SuggestionFilter, $first: Int, $after: String) {\n    suggestions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          submittedAt\n          responseDueAt\n          overdue\n          escalatedAt\n          submitterName\n          supportCount\n          unit {\n            id\n            name\n          }\n          owedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SuggestionsDocument,
    "\n  query Units {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n": types.UnitsDocument,
    "\n  mutation WithdrawSuggestion($input: WithdrawSuggestionInput!) {\n    withdrawSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n": types.WithdrawSuggestionDocument,
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
export function graphql(source: "\n  query MunicipalitySettings {\n    municipalitySettings {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n    }\n  }\n"): (typeof documents)["\n  query MunicipalitySettings {\n    municipalitySettings {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMunicipalitySettings($input: MunicipalitySettingsInput!) {\n    updateMunicipalitySettings(input: $input) {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMunicipalitySettings($input: MunicipalitySettingsInput!) {\n    updateMunicipalitySettings(input: $input) {\n      firstResponseDays\n      updateIntervalDays\n      escalationGraceDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      person {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      person {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      municipality {\n        id\n        name\n      }\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      municipality {\n        id\n        name\n      }\n      memberships {\n        role\n        unit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment SuggestionDetail on Suggestion {\n    id\n    title\n    description\n    status\n    version\n    confidential\n    hideName\n    submittedAt\n    closedAt\n    responseDueAt\n    overdue\n    deadlineMissedAt\n    escalatedAt\n    escalatedTo {\n      id\n      name\n    }\n    submitterName\n    submittedByMe\n    supportCount\n    isFollowing\n    canRespond\n    unit {\n      id\n      name\n      parentId\n    }\n    owedBy {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    mergedInto {\n      id\n      title\n      status\n    }\n    rating {\n      useful\n      comment\n      ratedAt\n    }\n    responses {\n      id\n      kind\n      message\n      previousStatus\n      status\n      statusChanged\n      wasLate\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SuggestionDetail on Suggestion {\n    id\n    title\n    description\n    status\n    version\n    confidential\n    hideName\n    submittedAt\n    closedAt\n    responseDueAt\n    overdue\n    deadlineMissedAt\n    escalatedAt\n    escalatedTo {\n      id\n      name\n    }\n    submitterName\n    submittedByMe\n    supportCount\n    isFollowing\n    canRespond\n    unit {\n      id\n      name\n      parentId\n    }\n    owedBy {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    mergedInto {\n      id\n      title\n      status\n    }\n    rating {\n      useful\n      comment\n      ratedAt\n    }\n    responses {\n      id\n      kind\n      message\n      previousStatus\n      status\n      statusChanged\n      wasLate\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggestion($id: ID!) {\n    suggestion(id: $id) {\n      ...SuggestionDetail\n    }\n  }\n"): (typeof documents)["\n  query Suggestion($id: ID!) {\n    suggestion(id: $id) {\n      ...SuggestionDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suggestions($filter: SuggestionFilter, $first: Int, $after: String) {\n    suggestions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          submittedAt\n          responseDueAt\n          overdue\n          escalatedAt\n          submitterName\n          supportCount\n          unit {\n            id\n            name\n          }\n          owedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Suggestions($filter: SuggestionFilter, $first: Int, $after: String) {\n    suggestions(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          submittedAt\n          responseDueAt\n          overdue\n          escalatedAt\n          submitterName\n          supportCount\n          unit {\n            id\n            name\n          }\n          owedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n"): (typeof documents)["\n  query Units {\n    units {\n      id\n      name\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSuggestion($input: WithdrawSuggestionInput!) {\n    withdrawSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSuggestion($input: WithdrawSuggestionInput!) {\n    withdrawSuggestion(input: $input) {\n      ...SuggestionDetail\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
/**
 * The seam between the Discord adapter and the rest of quizbot: handlers receive these services and never
 * open the store themselves. Each domain (quiz rounds, study, leaderboard, question bank…) adds its service
 * here as it lands; the adapter itself only needs the server settings and a way to close everything.
 */
export interface ServerSettings {
  /** The role `/config moderator-role` set for a server, if any. */
  moderatorRoleId(guildId: string): Promise<string | null>;
  setModeratorRoleId(guildId: string, roleId: string | null): Promise<void>;
}

export interface BotServices {
  settings: ServerSettings;
  /** Finishes pending writes and closes the store; called once, on shutdown, after in-flight work ends. */
  close(): Promise<void>;
}

/** Personal pronouns and the entities they can stand for. Lowercase. */
export const MALE_PRONOUNS: readonly string[] = ['he', 'him', 'his', 'himself'];
export const FEMALE_PRONOUNS: readonly string[] = ['she', 'her', 'hers', 'herself'];
/** "it" stands for an organisation, a product or a place; never for a person. */
export const NEUTER_PRONOUNS: readonly string[] = ['it', 'its', 'itself'];
/** "they" stands for a group, or for an organisation in loose usage. */
export const PLURAL_PRONOUNS: readonly string[] = ['they', 'them', 'their', 'theirs', 'themselves'];

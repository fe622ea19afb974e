"""Administration (组织机构/权限): agents, teams, roles, queues, numbers, codes, prompts."""

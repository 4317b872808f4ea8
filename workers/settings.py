"""Settings: one class, read from ``TRADELEAD_*`` environment variables and an optional
``tradelead.toml`` (``TRADELEAD_CONFIG`` names another file). Environment beats file.

Secrets (mailbox and platform passwords, the LLM API key) are read from the environment
only: a file that holds one is refused, so a config file can be shared or committed.
Tables in the file map to prefixed names: ``[llm] model = ...`` is ``llm_model``, the
same setting as ``TRADELEAD_LLM_MODEL``.
"""

from __future__ import annotations

import os
import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from .exceptions import ConfigError

SECRET_KEY = re.compile(r"(pass(word)?|secret|api_?key|token)$", re.IGNORECASE)
FLATTENED_TABLES = ("llm", "schedule")
DEFAULT_CONFIG_FILE = Path("tradelead.toml")


def _env_name(prefix: str, name: str) -> str:
    return prefix + re.sub(r"[^A-Z0-9]+", "_", name.upper()).strip("_")


class _Account(BaseModel):
    """An account whose password is read from an environment variable, never from a file."""

    model_config = ConfigDict(extra="forbid")
    _password_prefix = "TRADELEAD_PASSWORD_"

    name: str
    password_env: str | None = None

    @property
    def password_variable(self) -> str:
        """Return the name of the environment variable that holds the password."""
        return self.password_env or _env_name(self._password_prefix, self.name)

    def password(self) -> SecretStr | None:
        """Return the password from the environment, or None when it is not set."""
        value = os.environ.get(self.password_variable)
        return SecretStr(value) if value else None


class MailboxSettings(_Account):
    """One IMAP account; its password comes from the environment variable ``password_env``."""

    _password_prefix = "TRADELEAD_IMAP_PASSWORD_"

    host: str
    port: int = 993
    security: Literal["tls", "starttls", "none"] = "tls"
    username: str
    folders: list[str] = ["INBOX"]
    exclude_folders: list[str] = []
    since: date | None = None
    owner: str | None = None
    max_reconnects: int = 5


class PlatformAccount(_Account):
    """A B2B platform login (Alibaba.com, Made-in-China.com, Global Sources, IndiaMART)."""

    _password_prefix = "TRADELEAD_PLATFORM_PASSWORD_"

    platform: Literal["alibaba", "made_in_china", "global_sources", "indiamart"]
    username: str
    owner: str | None = None


class TomlSource(PydanticBaseSettingsSource):
    """Reads ``tradelead.toml``; refuses secrets; flattens the ``[llm]`` and ``[schedule]``
    tables into prefixed names."""

    def __init__(self, settings_cls: type[BaseSettings], path: Path | None) -> None:
        super().__init__(settings_cls)
        self.path = path
        self.data = self._load() if path else {}

    def _load(self) -> dict[str, Any]:
        assert self.path is not None
        try:
            data = tomllib.loads(self.path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read config file {self.path}: {exc.strerror}") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"config file {self.path} is not valid TOML: {exc}") from exc
        self._refuse_secrets(data, "")
        for table in FLATTENED_TABLES:
            nested = data.pop(table, None)
            if isinstance(nested, dict):
                data.update({f"{table}_{k}": v for k, v in nested.items()})
        return data

    def _refuse_secrets(self, node: Any, where: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                path = f"{where}.{key}" if where else key
                if SECRET_KEY.search(key) and not key.endswith("_env"):
                    raise ConfigError(
                        f"{self.path}: '{path}' is a secret; secrets are read from environment "
                        "variables only (see `tradelead config show` for their names)"
                    )
                self._refuse_secrets(value, path)
        elif isinstance(node, list):
            for i, item in enumerate(node):
                self._refuse_secrets(item, f"{where}[{i}]")

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return self.data.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(self.data)


class Settings(BaseSettings):
    """Everything tradelead can be told; see ``tradelead config show`` for the effective values."""

    model_config = SettingsConfigDict(
        env_prefix="TRADELEAD_", extra="forbid", validate_default=True, populate_by_name=True
    )

    database_url: str = "sqlite:///./tradelead.db"
    redis_url: str | None = None
    user: str | None = Field(default=None, description="acting user for CLI commands")
    timezone: str = "Asia/Shanghai"
    shared_dir: Path = Path("../shared")
    mailboxes: list[MailboxSettings] = []
    platforms: list[PlatformAccount] = []
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("TRADELEAD_LLM_API_KEY", "OPENAI_API_KEY", "llm_api_key"),
    )
    llm_timeout_seconds: float = 60.0
    enrich_websites: bool = False
    website_timeout_seconds: float = 10.0
    schedule_nightly: str = "0 2 * * *"
    job_timeout_seconds: int = 600

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return init_settings, env_settings, TomlSource(settings_cls, config_file_path())

    def mailbox(self, name: str) -> MailboxSettings:
        """Return the mailbox called ``name`` or raise ``ConfigError``."""
        for box in self.mailboxes:
            if box.name == name:
                return box
        known = ", ".join(b.name for b in self.mailboxes) or "none configured"
        raise ConfigError(f"no mailbox {name!r} in the settings ({known})")


def config_file_path() -> Path | None:
    """Return the config file in use: ``TRADELEAD_CONFIG``, else ./tradelead.toml if present."""
    named = os.environ.get("TRADELEAD_CONFIG")
    if named:
        path = Path(named).expanduser()
        if not path.is_file():
            raise ConfigError(f"TRADELEAD_CONFIG names {path}, which is not a file")
        return path
    return DEFAULT_CONFIG_FILE if DEFAULT_CONFIG_FILE.is_file() else None


def load_settings(**overrides: Any) -> Settings:
    """Return the effective settings, or raise ``ConfigError`` with one readable line."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "settings"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise ConfigError(f"invalid setting {where}: {first['msg']}{more}") from exc

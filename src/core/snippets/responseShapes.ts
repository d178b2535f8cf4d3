/**
 * The user and tweet (post) field schemas of X's OpenAPI spec extracts 2.166 and 2.167, in the compact form
 * response types are written from. Generated from /work/shared/reference by test/support/specShapes.ts;
 * test/unit/core/snippets/responseShapes.test.ts checks it still matches them.
 */
import type { Vocabulary } from '../catalog/vocabulary';
import type { ShapeTable } from './shapeKinds';

export const RESPONSE_SHAPES: Readonly<Record<Vocabulary, ShapeTable>> = {
  "2.166": {
    "user": {
      "affiliation": {
        "kind": "object",
        "properties": {
          "badge_url": {
            "kind": "string"
          },
          "description": {
            "kind": "string"
          },
          "url": {
            "kind": "string"
          },
          "user_id": {
            "kind": "array",
            "items": {
              "kind": "string"
            }
          }
        },
        "required": []
      },
      "connection_status": {
        "kind": "array",
        "items": {
          "kind": "enum",
          "values": [
            "follow_request_received",
            "follow_request_sent",
            "blocking",
            "followed_by",
            "following",
            "muting"
          ]
        }
      },
      "created_at": {
        "kind": "string"
      },
      "description": {
        "kind": "string"
      },
      "entities": {
        "kind": "object",
        "properties": {
          "description": {
            "kind": "object",
            "properties": {
              "annotations": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "normalized_text": {
                      "kind": "string"
                    },
                    "probability": {
                      "kind": "number"
                    },
                    "type": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start"
                  ]
                }
              },
              "cashtags": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "tag": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "tag"
                  ]
                }
              },
              "hashtags": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "tag": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "tag"
                  ]
                }
              },
              "mentions": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "id": {
                      "kind": "string"
                    },
                    "username": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "username"
                  ]
                }
              },
              "urls": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "description": {
                      "kind": "string"
                    },
                    "display_url": {
                      "kind": "string"
                    },
                    "expanded_url": {
                      "kind": "string"
                    },
                    "images": {
                      "kind": "array",
                      "items": {
                        "kind": "object",
                        "properties": {
                          "height": {
                            "kind": "integer"
                          },
                          "url": {
                            "kind": "string"
                          },
                          "width": {
                            "kind": "integer"
                          }
                        },
                        "required": []
                      }
                    },
                    "media_key": {
                      "kind": "string"
                    },
                    "status": {
                      "kind": "integer"
                    },
                    "title": {
                      "kind": "string"
                    },
                    "unwound_url": {
                      "kind": "string"
                    },
                    "url": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "url"
                  ]
                }
              }
            },
            "required": []
          },
          "url": {
            "kind": "object",
            "properties": {
              "urls": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "description": {
                      "kind": "string"
                    },
                    "display_url": {
                      "kind": "string"
                    },
                    "expanded_url": {
                      "kind": "string"
                    },
                    "images": {
                      "kind": "array",
                      "items": {
                        "kind": "object",
                        "properties": {
                          "height": {
                            "kind": "integer"
                          },
                          "url": {
                            "kind": "string"
                          },
                          "width": {
                            "kind": "integer"
                          }
                        },
                        "required": []
                      }
                    },
                    "media_key": {
                      "kind": "string"
                    },
                    "status": {
                      "kind": "integer"
                    },
                    "title": {
                      "kind": "string"
                    },
                    "unwound_url": {
                      "kind": "string"
                    },
                    "url": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "url"
                  ]
                }
              }
            },
            "required": []
          }
        },
        "required": []
      },
      "id": {
        "kind": "string"
      },
      "location": {
        "kind": "string"
      },
      "most_recent_tweet_id": {
        "kind": "string"
      },
      "name": {
        "kind": "string"
      },
      "pinned_tweet_id": {
        "kind": "string"
      },
      "profile_banner_url": {
        "kind": "string"
      },
      "profile_image_url": {
        "kind": "string"
      },
      "protected": {
        "kind": "boolean"
      },
      "public_metrics": {
        "kind": "object",
        "properties": {
          "followers_count": {
            "kind": "integer"
          },
          "following_count": {
            "kind": "integer"
          },
          "like_count": {
            "kind": "integer"
          },
          "listed_count": {
            "kind": "integer"
          },
          "tweet_count": {
            "kind": "integer"
          }
        },
        "required": [
          "followers_count",
          "following_count",
          "listed_count",
          "tweet_count"
        ]
      },
      "receives_your_dm": {
        "kind": "boolean"
      },
      "subscription_type": {
        "kind": "enum",
        "values": [
          "Basic",
          "Premium",
          "PremiumPlus",
          "None"
        ]
      },
      "url": {
        "kind": "string"
      },
      "username": {
        "kind": "string"
      },
      "verified": {
        "kind": "boolean"
      },
      "verified_type": {
        "kind": "enum",
        "values": [
          "blue",
          "government",
          "business",
          "none"
        ]
      },
      "withheld": {
        "kind": "object",
        "properties": {
          "country_codes": {
            "kind": "array",
            "items": {
              "kind": "string"
            }
          },
          "scope": {
            "kind": "enum",
            "values": [
              "user"
            ]
          }
        },
        "required": [
          "country_codes"
        ]
      }
    },
    "tweet": {
      "attachments": {
        "kind": "object",
        "properties": {
          "media_keys": {
            "kind": "array",
            "items": {
              "kind": "string"
            }
          },
          "media_source_tweet_id": {
            "kind": "array",
            "items": {
              "kind": "string"
            }
          },
          "poll_ids": {
            "kind": "array",
            "items": {
              "kind": "string"
            }
          }
        },
        "required": []
      },
      "author_id": {
        "kind": "string"
      },
      "community_id": {
        "kind": "string"
      },
      "context_annotations": {
        "kind": "array",
        "items": {
          "kind": "object",
          "properties": {
            "domain": {
              "kind": "object",
              "properties": {
                "description": {
                  "kind": "string"
                },
                "id": {
                  "kind": "string"
                },
                "name": {
                  "kind": "string"
                }
              },
              "required": [
                "id"
              ]
            },
            "entity": {
              "kind": "object",
              "properties": {
                "description": {
                  "kind": "string"
                },
                "id": {
                  "kind": "string"
                },
                "name": {
                  "kind": "string"
                }
              },
              "required": [
                "id"
              ]
            }
          },
          "required": [
            "domain",
            "entity"
          ]
        }
      },
      "conversation_id": {
        "kind": "string"
      },
      "created_at": {
        "kind": "string"
      },
      "display_text_range": {
        "kind": "array",
        "items": {
          "kind": "integer"
        }
      },
      "edit_controls": {
        "kind": "object",
        "properties": {
          "editable_until": {
            "kind": "string"
          },
          "edits_remaining": {
            "kind": "integer"
          },
          "is_edit_eligible": {
            "kind": "boolean"
          }
        },
        "required": [
          "editable_until",
          "edits_remaining",
          "is_edit_eligible"
        ]
      },
      "edit_history_tweet_ids": {
        "kind": "array",
        "items": {
          "kind": "string"
        }
      },
      "entities": {
        "kind": "object",
        "properties": {
          "annotations": {
            "kind": "array",
            "items": {
              "kind": "object",
              "properties": {
                "end": {
                  "kind": "integer"
                },
                "start": {
                  "kind": "integer"
                },
                "normalized_text": {
                  "kind": "string"
                },
                "probability": {
                  "kind": "number"
                },
                "type": {
                  "kind": "string"
                }
              },
              "required": [
                "end",
                "start"
              ]
            }
          },
          "cashtags": {
            "kind": "array",
            "items": {
              "kind": "object",
              "properties": {
                "end": {
                  "kind": "integer"
                },
                "start": {
                  "kind": "integer"
                },
                "tag": {
                  "kind": "string"
                }
              },
              "required": [
                "end",
                "start",
                "tag"
              ]
            }
          },
          "hashtags": {
            "kind": "array",
            "items": {
              "kind": "object",
              "properties": {
                "end": {
                  "kind": "integer"
                },
                "start": {
                  "kind": "integer"
                },
                "tag": {
                  "kind": "string"
                }
              },
              "required": [
                "end",
                "start",
                "tag"
              ]
            }
          },
          "mentions": {
            "kind": "array",
            "items": {
              "kind": "object",
              "properties": {
                "end": {
                  "kind": "integer"
                },
                "start": {
                  "kind": "integer"
                },
                "id": {
                  "kind": "string"
                },
                "username": {
                  "kind": "string"
                }
              },
              "required": [
                "end",
                "start",
                "username"
              ]
            }
          },
          "urls": {
            "kind": "array",
            "items": {
              "kind": "object",
              "properties": {
                "end": {
                  "kind": "integer"
                },
                "start": {
                  "kind": "integer"
                },
                "description": {
                  "kind": "string"
                },
                "display_url": {
                  "kind": "string"
                },
                "expanded_url": {
                  "kind": "string"
                },
                "images": {
                  "kind": "array",
                  "items": {
                    "kind": "object",
                    "properties": {
                      "height": {
                        "kind": "integer"
                      },
                      "url": {
                        "kind": "string"
                      },
                      "width": {
                        "kind": "integer"
                      }
                    },
                    "required": []
                  }
                },
                "media_key": {
                  "kind": "string"
                },
                "status": {
                  "kind": "integer"
                },
                "title": {
                  "kind": "string"
                },
                "unwound_url": {
                  "kind": "string"
                },
                "url": {
                  "kind": "string"
                }
              },
              "required": [
                "end",
                "start",
                "url"
              ]
            }
          }
        },
        "required": []
      },
      "geo": {
        "kind": "object",
        "properties": {
          "coordinates": {
            "kind": "object",
            "properties": {
              "coordinates": {
                "kind": "array",
                "items": {
                  "kind": "number"
                }
              },
              "type": {
                "kind": "enum",
                "values": [
                  "Point"
                ]
              }
            },
            "required": [
              "coordinates",
              "type"
            ]
          },
          "place_id": {
            "kind": "string"
          }
        },
        "required": []
      },
      "id": {
        "kind": "string"
      },
      "in_reply_to_user_id": {
        "kind": "string"
      },
      "lang": {
        "kind": "string"
      },
      "matched_media_notes": {
        "kind": "object",
        "properties": {
          "match_status": {
            "kind": "string"
          },
          "note_id": {
            "kind": "string"
          }
        },
        "required": []
      },
      "non_public_metrics": {
        "kind": "object",
        "properties": {
          "impression_count": {
            "kind": "integer"
          }
        },
        "required": []
      },
      "note_request_suggestions": {
        "kind": "object",
        "properties": {
          "source_link": {
            "kind": "object",
            "properties": {
              "end": {
                "kind": "integer"
              },
              "start": {
                "kind": "integer"
              },
              "description": {
                "kind": "string"
              },
              "display_url": {
                "kind": "string"
              },
              "expanded_url": {
                "kind": "string"
              },
              "images": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "height": {
                      "kind": "integer"
                    },
                    "url": {
                      "kind": "string"
                    },
                    "width": {
                      "kind": "integer"
                    }
                  },
                  "required": []
                }
              },
              "media_key": {
                "kind": "string"
              },
              "status": {
                "kind": "integer"
              },
              "title": {
                "kind": "string"
              },
              "unwound_url": {
                "kind": "string"
              },
              "url": {
                "kind": "string"
              }
            },
            "required": [
              "end",
              "start",
              "url"
            ]
          },
          "suggestion": {
            "kind": "string"
          },
          "suggestion_id": {
            "kind": "string"
          }
        },
        "required": []
      },
      "note_tweet": {
        "kind": "object",
        "properties": {
          "entities": {
            "kind": "object",
            "properties": {
              "cashtags": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "tag": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "tag"
                  ]
                }
              },
              "hashtags": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "tag": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "tag"
                  ]
                }
              },
              "mentions": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "id": {
                      "kind": "string"
                    },
                    "username": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "username"
                  ]
                }
              },
              "urls": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "description": {
                      "kind": "string"
                    },
                    "display_url": {
                      "kind": "string"
                    },
                    "expanded_url": {
                      "kind": "string"
                    },
                    "images": {
                      "kind": "array",
                      "items": {
                        "kind": "object",
                        "properties": {
                          "height": {
                            "kind": "integer"
                          },
                          "url": {
                            "kind": "string"
                          },
                          "width": {
                            "kind": "integer"
                          }
                        },
                        "required": []
                      }
                    },
                    "media_key": {
                      "kind": "string"
                    },
                    "status": {
                      "kind": "integer"
                    },
                    "title": {
                      "kind": "string"
                    },
                    "unwound_url": {
                      "kind": "string"
                    },
                    "url": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "url"
                  ]
                }
              }
            },
            "required": []
          },
          "text": {
            "kind": "string"
          }
        },
        "required": []
      },
      "organic_metrics": {
        "kind": "object",
        "properties": {
          "impression_count": {
            "kind": "integer"
          },
          "like_count": {
            "kind": "integer"
          },
          "reply_count": {
            "kind": "integer"
          },
          "retweet_count": {
            "kind": "integer"
          }
        },
        "required": [
          "impression_count",
          "like_count",
          "reply_count",
          "retweet_count"
        ]
      },
      "paid_partnership": {
        "kind": "boolean"
      },
      "possibly_sensitive": {
        "kind": "boolean"
      },
      "promoted_metrics": {
        "kind": "object",
        "properties": {
          "impression_count": {
            "kind": "integer"
          },
          "like_count": {
            "kind": "integer"
          },
          "reply_count": {
            "kind": "integer"
          },
          "retweet_count": {
            "kind": "integer"
          }
        },
        "required": []
      },
      "public_metrics": {
        "kind": "object",
        "properties": {
          "bookmark_count": {
            "kind": "integer"
          },
          "impression_count": {
            "kind": "integer"
          },
          "like_count": {
            "kind": "integer"
          },
          "quote_count": {
            "kind": "integer"
          },
          "reply_count": {
            "kind": "integer"
          },
          "retweet_count": {
            "kind": "integer"
          }
        },
        "required": [
          "bookmark_count",
          "impression_count",
          "like_count",
          "reply_count",
          "retweet_count"
        ]
      },
      "referenced_tweets": {
        "kind": "array",
        "items": {
          "kind": "object",
          "properties": {
            "id": {
              "kind": "string"
            },
            "type": {
              "kind": "enum",
              "values": [
                "retweeted",
                "quoted",
                "replied_to"
              ]
            }
          },
          "required": [
            "id",
            "type"
          ]
        }
      },
      "reply_settings": {
        "kind": "enum",
        "values": [
          "everyone",
          "mentionedUsers",
          "following",
          "other",
          "subscribers",
          "verified"
        ]
      },
      "scopes": {
        "kind": "object",
        "properties": {
          "followers": {
            "kind": "boolean"
          }
        },
        "required": []
      },
      "source": {
        "kind": "string"
      },
      "suggested_source_links": {
        "kind": "array",
        "items": {
          "kind": "object",
          "properties": {
            "end": {
              "kind": "integer"
            },
            "start": {
              "kind": "integer"
            },
            "description": {
              "kind": "string"
            },
            "display_url": {
              "kind": "string"
            },
            "expanded_url": {
              "kind": "string"
            },
            "images": {
              "kind": "array",
              "items": {
                "kind": "object",
                "properties": {
                  "height": {
                    "kind": "integer"
                  },
                  "url": {
                    "kind": "string"
                  },
                  "width": {
                    "kind": "integer"
                  }
                },
                "required": []
              }
            },
            "media_key": {
              "kind": "string"
            },
            "status": {
              "kind": "integer"
            },
            "title": {
              "kind": "string"
            },
            "unwound_url": {
              "kind": "string"
            },
            "url": {
              "kind": "string"
            }
          },
          "required": [
            "end",
            "start",
            "url"
          ]
        }
      },
      "suggested_source_links_with_counts": {
        "kind": "object",
        "properties": {
          "count": {
            "kind": "integer"
          },
          "url": {
            "kind": "object",
            "properties": {
              "end": {
                "kind": "integer"
              },
              "start": {
                "kind": "integer"
              },
              "description": {
                "kind": "string"
              },
              "display_url": {
                "kind": "string"
              },
              "expanded_url": {
                "kind": "string"
              },
              "images": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "height": {
                      "kind": "integer"
                    },
                    "url": {
                      "kind": "string"
                    },
                    "width": {
                      "kind": "integer"
                    }
                  },
                  "required": []
                }
              },
              "media_key": {
                "kind": "string"
              },
              "status": {
                "kind": "integer"
              },
              "title": {
                "kind": "string"
              },
              "unwound_url": {
                "kind": "string"
              },
              "url": {
                "kind": "string"
              }
            },
            "required": [
              "end",
              "start",
              "url"
            ]
          }
        },
        "required": []
      },
      "text": {
        "kind": "string"
      },
      "username": {
        "kind": "string"
      },
      "withheld": {
        "kind": "object",
        "properties": {
          "copyright": {
            "kind": "boolean"
          },
          "country_codes": {
            "kind": "array",
            "items": {
              "kind": "string"
            }
          },
          "scope": {
            "kind": "enum",
            "values": [
              "tweet",
              "user"
            ]
          }
        },
        "required": [
          "copyright",
          "country_codes"
        ]
      }
    }
  },
  "2.167": {
    "user": {
      "affiliation": {
        "kind": "object",
        "properties": {
          "badge_url": {
            "kind": "string",
            "nullable": true
          },
          "description": {
            "kind": "string",
            "nullable": true
          },
          "url": {
            "kind": "string",
            "nullable": true
          },
          "user_id": {
            "kind": "array",
            "items": {
              "kind": "string"
            },
            "nullable": true
          }
        },
        "required": []
      },
      "confirmed_email": {
        "kind": "string"
      },
      "connection_status": {
        "kind": "array",
        "items": {
          "kind": "enum",
          "values": [
            "blocking",
            "follow_request_received",
            "follow_request_sent",
            "followed_by",
            "following",
            "muting"
          ]
        }
      },
      "created_at": {
        "kind": "string"
      },
      "description": {
        "kind": "string"
      },
      "entities": {
        "kind": "object",
        "properties": {
          "description": {
            "kind": "object",
            "properties": {
              "cashtags": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "tag": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "tag"
                  ]
                },
                "nullable": true
              },
              "hashtags": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "tag": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "tag"
                  ]
                },
                "nullable": true
              },
              "mentions": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "id": {
                      "kind": "string",
                      "nullable": true
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "username": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "username"
                  ]
                },
                "nullable": true
              },
              "urls": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "description": {
                      "kind": "string",
                      "nullable": true
                    },
                    "display_url": {
                      "kind": "string",
                      "nullable": true
                    },
                    "end": {
                      "kind": "integer"
                    },
                    "expanded_url": {
                      "kind": "string",
                      "nullable": true
                    },
                    "images": {
                      "kind": "array",
                      "items": {
                        "kind": "object",
                        "properties": {
                          "height": {
                            "kind": "integer",
                            "nullable": true
                          },
                          "url": {
                            "kind": "string",
                            "nullable": true
                          },
                          "width": {
                            "kind": "integer",
                            "nullable": true
                          }
                        },
                        "required": []
                      },
                      "nullable": true
                    },
                    "media_key": {
                      "kind": "string",
                      "nullable": true
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "status": {
                      "kind": "integer",
                      "nullable": true
                    },
                    "title": {
                      "kind": "string",
                      "nullable": true
                    },
                    "unwound_url": {
                      "kind": "string",
                      "nullable": true
                    },
                    "url": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "url"
                  ]
                },
                "nullable": true
              }
            },
            "required": [],
            "nullable": true
          },
          "url": {
            "kind": "object",
            "properties": {
              "urls": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "description": {
                      "kind": "string",
                      "nullable": true
                    },
                    "display_url": {
                      "kind": "string",
                      "nullable": true
                    },
                    "end": {
                      "kind": "integer"
                    },
                    "expanded_url": {
                      "kind": "string",
                      "nullable": true
                    },
                    "images": {
                      "kind": "array",
                      "items": {
                        "kind": "object",
                        "properties": {
                          "height": {
                            "kind": "integer",
                            "nullable": true
                          },
                          "url": {
                            "kind": "string",
                            "nullable": true
                          },
                          "width": {
                            "kind": "integer",
                            "nullable": true
                          }
                        },
                        "required": []
                      },
                      "nullable": true
                    },
                    "media_key": {
                      "kind": "string",
                      "nullable": true
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "status": {
                      "kind": "integer",
                      "nullable": true
                    },
                    "title": {
                      "kind": "string",
                      "nullable": true
                    },
                    "unwound_url": {
                      "kind": "string",
                      "nullable": true
                    },
                    "url": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "url"
                  ]
                },
                "nullable": true
              }
            },
            "required": [],
            "nullable": true
          }
        },
        "required": []
      },
      "id": {
        "kind": "string"
      },
      "is_identity_verified": {
        "kind": "boolean"
      },
      "location": {
        "kind": "string"
      },
      "most_recent_post_id": {
        "kind": "string"
      },
      "name": {
        "kind": "string"
      },
      "parody": {
        "kind": "boolean"
      },
      "pinned_post_id": {
        "kind": "string"
      },
      "profile_banner_url": {
        "kind": "string"
      },
      "profile_image_url": {
        "kind": "string"
      },
      "protected": {
        "kind": "boolean"
      },
      "public_metrics": {
        "kind": "object",
        "properties": {
          "followers_count": {
            "kind": "integer"
          },
          "following_count": {
            "kind": "integer"
          },
          "like_count": {
            "kind": "integer",
            "nullable": true
          },
          "listed_count": {
            "kind": "integer"
          },
          "media_count": {
            "kind": "integer",
            "nullable": true
          },
          "post_count": {
            "kind": "integer"
          }
        },
        "required": [
          "followers_count",
          "following_count",
          "listed_count",
          "post_count"
        ]
      },
      "receives_your_dm": {
        "kind": "boolean"
      },
      "subscribes_to_you": {
        "kind": "boolean"
      },
      "subscription": {
        "kind": "object",
        "properties": {
          "subscribes_to_you": {
            "kind": "boolean"
          }
        },
        "required": [
          "subscribes_to_you"
        ]
      },
      "subscription_type": {
        "kind": "string"
      },
      "url": {
        "kind": "string"
      },
      "username": {
        "kind": "string"
      },
      "verified": {
        "kind": "boolean"
      },
      "verified_followers_count": {
        "kind": "integer"
      },
      "verified_type": {
        "kind": "string"
      },
      "withheld": {
        "kind": "object",
        "properties": {
          "country_codes": {
            "kind": "array",
            "items": {
              "kind": "string"
            },
            "nullable": true
          },
          "scope": {
            "kind": "enum",
            "values": [
              "user"
            ],
            "nullable": true
          }
        },
        "required": []
      }
    },
    "tweet": {
      "article": {
        "kind": "object",
        "properties": {},
        "required": []
      },
      "article_title": {
        "kind": "object",
        "properties": {},
        "required": []
      },
      "attachments": {
        "kind": "object",
        "properties": {
          "media_keys": {
            "kind": "array",
            "items": {
              "kind": "string"
            },
            "nullable": true
          },
          "media_source_tweet_id": {
            "kind": "array",
            "items": {
              "kind": "string"
            },
            "nullable": true
          },
          "poll_ids": {
            "kind": "array",
            "items": {
              "kind": "string"
            },
            "nullable": true
          }
        },
        "required": []
      },
      "author_id": {
        "kind": "string"
      },
      "card_uri": {
        "kind": "string"
      },
      "community_id": {
        "kind": "string"
      },
      "context_annotations": {
        "kind": "array",
        "items": {
          "kind": "object",
          "properties": {
            "domain": {
              "kind": "object",
              "properties": {
                "description": {
                  "kind": "string",
                  "nullable": true
                },
                "id": {
                  "kind": "string",
                  "nullable": true
                },
                "name": {
                  "kind": "string",
                  "nullable": true
                }
              },
              "required": []
            },
            "entity": {
              "kind": "object",
              "properties": {
                "description": {
                  "kind": "string",
                  "nullable": true
                },
                "id": {
                  "kind": "string",
                  "nullable": true
                },
                "name": {
                  "kind": "string",
                  "nullable": true
                }
              },
              "required": []
            }
          },
          "required": [
            "domain",
            "entity"
          ]
        }
      },
      "conversation_id": {
        "kind": "string"
      },
      "created_at": {
        "kind": "string"
      },
      "display_text_range": {
        "kind": "array",
        "items": {
          "kind": "integer"
        }
      },
      "edit_controls": {
        "kind": "object",
        "properties": {
          "editable_until": {
            "kind": "string",
            "nullable": true
          },
          "edits_remaining": {
            "kind": "integer",
            "nullable": true
          },
          "is_edit_eligible": {
            "kind": "boolean",
            "nullable": true
          }
        },
        "required": []
      },
      "edit_history_post_ids": {
        "kind": "array",
        "items": {
          "kind": "string"
        }
      },
      "entities": {
        "kind": "object",
        "properties": {
          "cashtags": {
            "kind": "array",
            "items": {
              "kind": "object",
              "properties": {
                "end": {
                  "kind": "integer"
                },
                "start": {
                  "kind": "integer"
                },
                "tag": {
                  "kind": "string"
                }
              },
              "required": [
                "end",
                "start",
                "tag"
              ]
            },
            "nullable": true
          },
          "hashtags": {
            "kind": "array",
            "items": {
              "kind": "object",
              "properties": {
                "end": {
                  "kind": "integer"
                },
                "start": {
                  "kind": "integer"
                },
                "tag": {
                  "kind": "string"
                }
              },
              "required": [
                "end",
                "start",
                "tag"
              ]
            },
            "nullable": true
          },
          "mentions": {
            "kind": "array",
            "items": {
              "kind": "object",
              "properties": {
                "end": {
                  "kind": "integer"
                },
                "id": {
                  "kind": "string",
                  "nullable": true
                },
                "start": {
                  "kind": "integer"
                },
                "username": {
                  "kind": "string",
                  "nullable": true
                }
              },
              "required": [
                "end",
                "start"
              ]
            },
            "nullable": true
          },
          "urls": {
            "kind": "array",
            "items": {
              "kind": "object",
              "properties": {
                "description": {
                  "kind": "string",
                  "nullable": true
                },
                "display_url": {
                  "kind": "string",
                  "nullable": true
                },
                "end": {
                  "kind": "integer"
                },
                "expanded_url": {
                  "kind": "string",
                  "nullable": true
                },
                "images": {
                  "kind": "array",
                  "items": {
                    "kind": "object",
                    "properties": {
                      "height": {
                        "kind": "integer",
                        "nullable": true
                      },
                      "url": {
                        "kind": "string",
                        "nullable": true
                      },
                      "width": {
                        "kind": "integer",
                        "nullable": true
                      }
                    },
                    "required": []
                  },
                  "nullable": true
                },
                "media_key": {
                  "kind": "string",
                  "nullable": true
                },
                "start": {
                  "kind": "integer"
                },
                "status": {
                  "kind": "integer",
                  "nullable": true
                },
                "title": {
                  "kind": "string",
                  "nullable": true
                },
                "unwound_url": {
                  "kind": "string",
                  "nullable": true
                },
                "url": {
                  "kind": "string",
                  "nullable": true
                }
              },
              "required": [
                "end",
                "start"
              ]
            },
            "nullable": true
          }
        },
        "required": []
      },
      "geo": {
        "kind": "object",
        "properties": {
          "coordinates": {
            "kind": "object",
            "properties": {
              "coordinates": {
                "kind": "array",
                "items": {
                  "kind": "number"
                }
              },
              "type": {
                "kind": "enum",
                "values": [
                  "Point"
                ]
              }
            },
            "required": [
              "coordinates",
              "type"
            ],
            "nullable": true
          },
          "place_id": {
            "kind": "string",
            "nullable": true
          }
        },
        "required": []
      },
      "id": {
        "kind": "string"
      },
      "in_reply_to_user_id": {
        "kind": "string"
      },
      "lang": {
        "kind": "string"
      },
      "matched_media_notes": {
        "kind": "array",
        "items": {
          "kind": "object",
          "properties": {
            "match_status": {
              "kind": "string",
              "nullable": true
            },
            "note_id": {
              "kind": "string",
              "nullable": true
            }
          },
          "required": []
        }
      },
      "media_metadata": {
        "kind": "array",
        "items": {
          "kind": "object",
          "properties": {
            "alt_text": {
              "kind": "string",
              "nullable": true
            },
            "description": {
              "kind": "string",
              "nullable": true
            },
            "media_key": {
              "kind": "string",
              "nullable": true
            },
            "title": {
              "kind": "string",
              "nullable": true
            }
          },
          "required": []
        }
      },
      "non_public_metrics": {
        "kind": "object",
        "properties": {},
        "required": []
      },
      "note_post": {
        "kind": "object",
        "properties": {
          "entities": {
            "kind": "object",
            "properties": {
              "cashtags": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "tag": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "tag"
                  ]
                },
                "nullable": true
              },
              "hashtags": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "tag": {
                      "kind": "string"
                    }
                  },
                  "required": [
                    "end",
                    "start",
                    "tag"
                  ]
                },
                "nullable": true
              },
              "mentions": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "end": {
                      "kind": "integer"
                    },
                    "id": {
                      "kind": "string",
                      "nullable": true
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "username": {
                      "kind": "string",
                      "nullable": true
                    }
                  },
                  "required": [
                    "end",
                    "start"
                  ]
                },
                "nullable": true
              },
              "urls": {
                "kind": "array",
                "items": {
                  "kind": "object",
                  "properties": {
                    "display_url": {
                      "kind": "string",
                      "nullable": true
                    },
                    "end": {
                      "kind": "integer"
                    },
                    "expanded_url": {
                      "kind": "string",
                      "nullable": true
                    },
                    "start": {
                      "kind": "integer"
                    },
                    "url": {
                      "kind": "string",
                      "nullable": true
                    }
                  },
                  "required": [
                    "end",
                    "start"
                  ]
                },
                "nullable": true
              }
            },
            "required": [],
            "nullable": true
          },
          "text": {
            "kind": "string"
          }
        },
        "required": [
          "text"
        ]
      },
      "note_request_suggestions": {
        "kind": "array",
        "items": {
          "kind": "object",
          "properties": {
            "source_link": {
              "kind": "string",
              "nullable": true
            },
            "suggestion": {
              "kind": "string",
              "nullable": true
            },
            "suggestion_id": {
              "kind": "string",
              "nullable": true
            }
          },
          "required": []
        }
      },
      "organic_metrics": {
        "kind": "object",
        "properties": {},
        "required": []
      },
      "paid_partnership": {
        "kind": "boolean"
      },
      "possibly_sensitive": {
        "kind": "boolean"
      },
      "promoted_metrics": {
        "kind": "object",
        "properties": {},
        "required": []
      },
      "public_metrics": {
        "kind": "object",
        "properties": {
          "bookmark_count": {
            "kind": "integer"
          },
          "impression_count": {
            "kind": "integer"
          },
          "like_count": {
            "kind": "integer"
          },
          "quote_count": {
            "kind": "integer"
          },
          "reply_count": {
            "kind": "integer"
          },
          "repost_count": {
            "kind": "integer"
          }
        },
        "required": [
          "bookmark_count",
          "impression_count",
          "like_count",
          "quote_count",
          "reply_count",
          "repost_count"
        ]
      },
      "referenced_posts": {
        "kind": "array",
        "items": {
          "kind": "object",
          "properties": {
            "id": {
              "kind": "string"
            },
            "type": {
              "kind": "enum",
              "values": [
                "retweeted",
                "quoted",
                "replied_to"
              ]
            }
          },
          "required": [
            "id",
            "type"
          ]
        }
      },
      "reply_settings": {
        "kind": "string"
      },
      "scopes": {
        "kind": "object",
        "properties": {
          "followers": {
            "kind": "boolean"
          }
        },
        "required": [
          "followers"
        ]
      },
      "source": {
        "kind": "string"
      },
      "suggested_source_links": {
        "kind": "array",
        "items": {
          "kind": "string"
        }
      },
      "suggested_source_links_with_counts": {
        "kind": "array",
        "items": {
          "kind": "object",
          "properties": {
            "count": {
              "kind": "integer",
              "nullable": true
            },
            "url": {
              "kind": "string",
              "nullable": true
            }
          },
          "required": []
        }
      },
      "text": {
        "kind": "string"
      },
      "username": {
        "kind": "string"
      },
      "withheld": {
        "kind": "object",
        "properties": {
          "copyright": {
            "kind": "boolean"
          },
          "country_codes": {
            "kind": "array",
            "items": {
              "kind": "string"
            }
          },
          "scope": {
            "kind": "enum",
            "values": [
              "post",
              "user"
            ],
            "nullable": true
          }
        },
        "required": [
          "copyright",
          "country_codes"
        ]
      }
    }
  }
};
